package london.victimvoice.portal.vouchers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads vouchers for reconciliation; it changes nothing. Callers own the transactions. */
@Repository
class ReconciliationStore {

    /** One voucher as finance sees it: no name, contact or code, only the person's id to make a reference from. */
    record VoucherRow(UUID id, UUID participantId, FinancialYear year, Sponsor sponsor, String forumCode,
            LocalDate meetingDay, int valuePence, VoucherStatus status, @Nullable Delivery delivery,
            Instant requestedAt, @Nullable Instant approvedAt, @Nullable Instant issuedAt,
            @Nullable Instant confirmedAt, @Nullable ConfirmedVia confirmedVia) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ReconciliationStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A line per meeting and sponsor, in meeting order; withdrawn vouchers are left out. */
    List<ReconciliationLine> lines(ReconciliationFilter filter) {
        var params = new MapSqlParameterSource();
        var sql = "SELECT meeting_id, forum_code, meeting_day, sponsor,"
                + " COUNT(*) AS requested,"
                + " SUM(CASE WHEN status IN ('APPROVED', 'ISSUED', 'CONFIRMED') THEN 1 ELSE 0 END) AS approved,"
                + " SUM(CASE WHEN status IN ('ISSUED', 'CONFIRMED') THEN 1 ELSE 0 END) AS issued,"
                + " SUM(CASE WHEN status = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed,"
                + " SUM(CASE WHEN status = 'ISSUED' THEN 1 ELSE 0 END) AS outstanding,"
                + " SUM(CASE WHEN status IN ('APPROVED', 'ISSUED', 'CONFIRMED') THEN value_pence ELSE 0 END) AS value_pence"
                + " FROM voucher WHERE status <> 'WITHDRAWN'" + where(filter, params)
                + " GROUP BY meeting_id, forum_code, meeting_day, sponsor"
                + " ORDER BY meeting_day, forum_code, meeting_id, sponsor";
        return jdbc.query(sql, params, (rs, n) -> new ReconciliationLine(UUID.fromString(rs.getString("meeting_id")),
                rs.getString("forum_code"), rs.getObject("meeting_day", LocalDate.class),
                Sponsor.valueOf(rs.getString("sponsor")), new ReconciliationCounts(rs.getInt("requested"),
                        rs.getInt("approved"), rs.getInt("issued"), rs.getInt("confirmed"), rs.getInt("outstanding"),
                        rs.getLong("value_pence"))));
    }

    /** Every voucher of the filter, withdrawn ones too, in meeting order. */
    List<VoucherRow> vouchers(ReconciliationFilter filter) {
        var params = new MapSqlParameterSource();
        var sql = "SELECT id, participant_id, financial_year, sponsor, forum_code, meeting_day, value_pence, status,"
                + " delivery, requested_at, approved_at, issued_at, confirmed_at, confirmed_via FROM voucher"
                + " WHERE 1 = 1" + where(filter, params)
                + " ORDER BY meeting_day, forum_code, meeting_id, requested_at, id";
        return jdbc.query(sql, params, ReconciliationStore::voucher);
    }

    /** The years with a voucher or a budget, latest first. */
    List<FinancialYear> years() {
        return jdbc.getJdbcOperations().queryForList("SELECT financial_year FROM voucher"
                + " UNION SELECT financial_year FROM voucher_budget", Integer.class).stream()
                .map(FinancialYear::new).sorted().toList().reversed();
    }

    private static String where(ReconciliationFilter filter, MapSqlParameterSource params) {
        var sql = new StringBuilder(" AND financial_year = :year");
        params.addValue("year", filter.year().startYear());
        if (filter.sponsor() != null) {
            sql.append(" AND sponsor = :sponsor");
            params.addValue("sponsor", filter.sponsor().name());
        }
        if (filter.forumCode() != null) {
            sql.append(" AND forum_code = :forum");
            params.addValue("forum", filter.forumCode());
        }
        if (filter.meetingId() != null) {
            sql.append(" AND meeting_id = :meeting");
            params.addValue("meeting", filter.meetingId().toString());
        }
        return sql.toString();
    }

    private static VoucherRow voucher(ResultSet rs, int row) throws SQLException {
        var delivery = rs.getString("delivery");
        var via = rs.getString("confirmed_via");
        return new VoucherRow(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("participant_id")),
                new FinancialYear(rs.getInt("financial_year")), Sponsor.valueOf(rs.getString("sponsor")),
                rs.getString("forum_code"), rs.getObject("meeting_day", LocalDate.class), rs.getInt("value_pence"),
                VoucherStatus.valueOf(rs.getString("status")), delivery == null ? null : Delivery.valueOf(delivery),
                rs.getTimestamp("requested_at").toInstant(), instant(rs.getTimestamp("approved_at")),
                instant(rs.getTimestamp("issued_at")), instant(rs.getTimestamp("confirmed_at")),
                via == null ? null : ConfirmedVia.valueOf(via));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
