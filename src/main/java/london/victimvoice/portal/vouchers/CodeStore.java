package london.victimvoice.portal.vouchers;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code voucher_code_batch} and {@code voucher_code} through plain SQL. A code is only ever
 * given once: its row is claimed with {@code FOR UPDATE SKIP LOCKED} and assigned only while it is
 * still free, and the unique keys refuse a second code for a voucher or a second voucher for a
 * code whatever else happens. Callers own the transactions.
 */
@Repository
class CodeStore {

    /** A code as it is stored, ready to insert. */
    record NewCode(UUID id, String hash, byte[] sealed, String hint, int valuePence, @Nullable LocalDate expiresOn) {
    }

    /** A free code claimed for a voucher. */
    record Claimed(UUID id, byte[] sealed, String hint) {
    }

    private static final int CHUNK = 500;
    /** Free codes read at a time, in the order they should go, when claiming one. */
    private static final int CANDIDATES = 20;

    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate jdbc;

    CodeStore(NamedParameterJdbcTemplate named) {
        this.named = named;
        this.jdbc = named.getJdbcTemplate();
    }

    /** Which of these fingerprints are already stored. */
    Set<String> knownHashes(Collection<String> hashes) {
        var known = new HashSet<String>();
        var all = new ArrayList<>(hashes);
        for (var from = 0; from < all.size(); from += CHUNK) {
            var chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            known.addAll(named.queryForList("SELECT code_hash FROM voucher_code WHERE code_hash IN (:hashes)",
                    new MapSqlParameterSource("hashes", chunk), String.class));
        }
        return known;
    }

    void insertBatch(UUID batchId, String fileName, int rows, String by, Instant at, List<NewCode> codes) {
        jdbc.update("INSERT INTO voucher_code_batch (id, file_name, row_count, loaded_by, loaded_at)"
                + " VALUES (?, ?, ?, ?, ?)", batchId.toString(), fileName, rows, by, micros(at));
        jdbc.batchUpdate("INSERT INTO voucher_code (id, batch_id, code_hash, code_sealed, code_hint, value_pence,"
                + " expires_on) VALUES (?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        var code = codes.get(i);
                        ps.setString(1, code.id().toString());
                        ps.setString(2, batchId.toString());
                        ps.setString(3, code.hash());
                        ps.setBytes(4, code.sealed());
                        ps.setString(5, code.hint());
                        ps.setInt(6, code.valuePence());
                        ps.setDate(7, code.expiresOn() == null ? null : Date.valueOf(code.expiresOn()));
                    }

                    @Override
                    public int getBatchSize() {
                        return codes.size();
                    }
                });
    }

    /** Free codes by value: unexpired ones with the first expiry, and expired ones. */
    List<CodeStock> stock(LocalDate today) {
        return jdbc.query("SELECT value_pence,"
                + " SUM(CASE WHEN expires_on IS NULL OR expires_on >= ? THEN 1 ELSE 0 END) AS free,"
                + " MIN(CASE WHEN expires_on >= ? THEN expires_on END) AS earliest,"
                + " SUM(CASE WHEN expires_on < ? THEN 1 ELSE 0 END) AS expired"
                + " FROM voucher_code WHERE voucher_id IS NULL GROUP BY value_pence ORDER BY value_pence",
                (rs, n) -> {
                    var earliest = rs.getDate("earliest");
                    return new CodeStock(rs.getInt("value_pence"), rs.getInt("free"),
                            earliest == null ? null : earliest.toLocalDate(), rs.getInt("expired"));
                }, Date.valueOf(today), Date.valueOf(today), Date.valueOf(today));
    }

    /**
     * Locks one free unexpired code of this value, the first to expire first (codes that never
     * expire last), skipping codes another transaction holds; empty when none is left.
     *
     * <p>A single {@code ... ORDER BY ... LIMIT 1 FOR UPDATE SKIP LOCKED} would lock every row the
     * database reads to sort, so a second person issuing at the same moment would find every code
     * locked and none free. So the order comes from a plain read, and each code in turn is locked
     * by its key alone, still free, or passed over.
     */
    Optional<Claimed> claimFree(int valuePence, LocalDate today) {
        for (var offset = 0;; offset += CANDIDATES) {
            var candidates = jdbc.queryForList("SELECT id FROM voucher_code WHERE voucher_id IS NULL"
                    + " AND value_pence = ? AND (expires_on IS NULL OR expires_on >= ?)"
                    + " ORDER BY CASE WHEN expires_on IS NULL THEN 1 ELSE 0 END, expires_on, id LIMIT ? OFFSET ?",
                    String.class, valuePence, Date.valueOf(today), CANDIDATES, offset);
            for (var id : candidates) {
                var claimed = jdbc.query("SELECT id, code_sealed, code_hint FROM voucher_code WHERE id = ?"
                        + " AND voucher_id IS NULL FOR UPDATE SKIP LOCKED", (rs, n) -> new Claimed(
                                UUID.fromString(rs.getString("id")), rs.getBytes("code_sealed"),
                                rs.getString("code_hint")), id).stream().findFirst();
                if (claimed.isPresent()) {
                    return claimed;
                }
            }
            if (candidates.size() < CANDIDATES) {
                return Optional.empty();
            }
        }
    }

    /** @return false when the code was given already (nothing changes) */
    boolean assign(UUID codeId, UUID voucherId, Instant at) {
        return jdbc.update("UPDATE voucher_code SET voucher_id = ?, assigned_at = ? WHERE id = ? AND voucher_id IS NULL",
                voucherId.toString(), micros(at), codeId.toString()) == 1;
    }

    /** The last characters of the code given to this voucher, all staff may see of it. */
    Optional<String> hintFor(UUID voucherId) {
        return jdbc.queryForList("SELECT code_hint FROM voucher_code WHERE voucher_id = ?", String.class,
                voucherId.toString()).stream().findFirst();
    }

    static Timestamp micros(Instant at) {
        return Timestamp.from(at.truncatedTo(ChronoUnit.MICROS));
    }
}
