package london.victimvoice.portal.vouchers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ledger through plain SQL. It can add entries and read them, and nothing else: there is no
 * statement here, or anywhere in the application, that updates or deletes a ledger row
 * ({@code LedgerAppendOnlyTest} holds every source file to that). Callers own the transactions.
 */
@Repository
class LedgerStore {

    private static final String COLUMNS = "id, financial_year, sponsor, account, amount_pence, voucher_id,"
            + " reverses_id, entry_key, reason, recorded_by, recorded_at";

    private final NamedParameterJdbcTemplate jdbc;

    LedgerStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes the year's lock row if it is not there yet; a second maker at the same moment is harmless. */
    void ensureBudgetRow(FinancialYear year, Sponsor sponsor, String by, Instant at) {
        var params = key(year, sponsor).addValue("by", by).addValue("at", Timestamp.from(at));
        if (jdbc.queryForObject("SELECT COUNT(*) FROM voucher_budget WHERE financial_year = :year AND sponsor = :sponsor",
                params, Integer.class) == 0) {
            try {
                jdbc.update("INSERT INTO voucher_budget (financial_year, sponsor, created_by, created_at)"
                        + " VALUES (:year, :sponsor, :by, :at)", params);
            } catch (org.springframework.dao.DuplicateKeyException madeMeanwhile) {
                // Another transaction made it first: the row is what was wanted.
            }
        }
    }

    /**
     * Locks the sponsor's year until the caller's transaction ends, so whoever adds up its entries
     * next sees every entry of the one before.
     *
     * @return false when the year has no budget row (and so no budget)
     */
    boolean lockYear(FinancialYear year, Sponsor sponsor) {
        return !jdbc.queryForList("SELECT financial_year FROM voucher_budget WHERE financial_year = :year"
                + " AND sponsor = :sponsor FOR UPDATE", key(year, sponsor), Integer.class).isEmpty();
    }

    void insert(LedgerEntry entry, @Nullable String entryKey) {
        jdbc.update("INSERT INTO voucher_ledger (" + COLUMNS + ") VALUES (:id, :year, :sponsor, :account, :amount,"
                + " :voucherId, :reversesId, :entryKey, :reason, :by, :at)", new MapSqlParameterSource()
                .addValue("id", entry.id().toString())
                .addValue("year", entry.year().startYear())
                .addValue("sponsor", entry.sponsor().name())
                .addValue("account", entry.account().name())
                .addValue("amount", entry.amountPence())
                .addValue("voucherId", entry.voucherId() == null ? null : entry.voucherId().toString())
                .addValue("reversesId", entry.reversesId() == null ? null : entry.reversesId().toString())
                .addValue("entryKey", entryKey)
                .addValue("reason", entry.reason())
                .addValue("by", entry.recordedBy())
                .addValue("at", Timestamp.from(entry.recordedAt())));
    }

    BudgetTotals totals(FinancialYear year, Sponsor sponsor) {
        var sums = jdbc.query("SELECT account, COALESCE(SUM(amount_pence), 0) AS total FROM voucher_ledger"
                + " WHERE financial_year = :year AND sponsor = :sponsor GROUP BY account", key(year, sponsor),
                (rs, n) -> new Object[] { LedgerAccount.valueOf(rs.getString("account")), rs.getLong("total") });
        long budget = 0, allowance = 0, spent = 0;
        for (var sum : sums) {
            var total = (Long) sum[1];
            switch ((LedgerAccount) sum[0]) {
                case BUDGET -> budget = total;
                case OVERRIDE -> allowance = total;
                case SPENT -> spent = total;
            }
        }
        return new BudgetTotals(year, sponsor, budget, allowance, spent);
    }

    /**
     * The same sums, read with a locking read: InnoDB's locking reads see the newest committed rows
     * even in a REPEATABLE READ transaction whose snapshot is older, so a sum taken after the year's
     * lock includes the entry of the transaction that held the lock before. Adds up in Java because
     * H2 allows no FOR UPDATE on an aggregate.
     */
    BudgetTotals lockedTotals(FinancialYear year, Sponsor sponsor) {
        var rows = jdbc.query("SELECT account, amount_pence FROM voucher_ledger WHERE financial_year = :year"
                + " AND sponsor = :sponsor FOR UPDATE", key(year, sponsor),
                (rs, n) -> Map.entry(LedgerAccount.valueOf(rs.getString("account")), rs.getLong("amount_pence")));
        long budget = 0, allowance = 0, spent = 0;
        for (var row : rows) {
            switch (row.getKey()) {
                case BUDGET -> budget += row.getValue();
                case OVERRIDE -> allowance += row.getValue();
                case SPENT -> spent += row.getValue();
            }
        }
        return new BudgetTotals(year, sponsor, budget, allowance, spent);
    }

    Optional<LedgerEntry> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM voucher_ledger WHERE id = :id",
                new MapSqlParameterSource("id", id.toString()), LedgerStore::entry).stream().findFirst();
    }

    /** The voucher's charge that has not been reversed, if any. */
    Optional<LedgerEntry> openCharge(UUID voucherId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM voucher_ledger l WHERE voucher_id = :id AND account = 'SPENT'"
                + " AND reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM voucher_ledger r WHERE r.reverses_id = l.id)",
                new MapSqlParameterSource("id", voucherId.toString()), LedgerStore::entry).stream().findFirst();
    }

    /** How many times the voucher was ever charged, reversed or not. */
    int charges(UUID voucherId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher_ledger WHERE voucher_id = :id AND account = 'SPENT'"
                + " AND reverses_id IS NULL", new MapSqlParameterSource("id", voucherId.toString()), Integer.class);
    }

    boolean reversed(UUID id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher_ledger WHERE reverses_id = :id",
                new MapSqlParameterSource("id", id.toString()), Integer.class) > 0;
    }

    /** A sponsor's year, oldest first. */
    List<LedgerEntry> entries(FinancialYear year, Sponsor sponsor) {
        return jdbc.query("SELECT " + COLUMNS + " FROM voucher_ledger WHERE financial_year = :year"
                + " AND sponsor = :sponsor ORDER BY recorded_at, id", key(year, sponsor), LedgerStore::entry);
    }

    private static MapSqlParameterSource key(FinancialYear year, Sponsor sponsor) {
        return new MapSqlParameterSource("year", year.startYear()).addValue("sponsor", sponsor.name());
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        var voucher = rs.getString("voucher_id");
        var reverses = rs.getString("reverses_id");
        return new LedgerEntry(UUID.fromString(rs.getString("id")), new FinancialYear(rs.getInt("financial_year")),
                Sponsor.valueOf(rs.getString("sponsor")), LedgerAccount.valueOf(rs.getString("account")),
                rs.getLong("amount_pence"), voucher == null ? null : UUID.fromString(voucher),
                reverses == null ? null : UUID.fromString(reverses), rs.getString("reason"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
