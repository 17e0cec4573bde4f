package london.victimvoice.portal.vouchers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code voucher} rows issuing reads and moves from APPROVED to ISSUED. A voucher is locked
 * before it is issued and moved only while it is still APPROVED, so two people issuing at once
 * cannot both give it. Callers own the transactions.
 */
@Repository
class IssueStore {

    /** A voucher as issuing needs it. */
    record Row(UUID id, UUID meetingId, UUID participantId, String forumCode, LocalDate meetingDay, int valuePence,
            VoucherStatus status) {
    }

    private static final String COLUMNS = "id, meeting_id, participant_id, forum_code, meeting_day, value_pence, status";

    private final NamedParameterJdbcTemplate jdbc;

    IssueStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Signed-off vouchers of these forums, by meeting day (oldest first) and meeting. */
    List<Row> approved(Collection<String> forumCodes) {
        if (forumCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM voucher WHERE status = 'APPROVED' AND forum_code IN (:forums)"
                + " ORDER BY meeting_day, meeting_id, requested_at, id", new MapSqlParameterSource("forums", forumCodes),
                IssueStore::row);
    }

    /** Locks a meeting's signed-off vouchers, in id order so two callers never wait on each other in a circle. */
    List<Row> lockApproved(UUID meetingId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM voucher WHERE meeting_id = :meeting AND status = 'APPROVED'"
                + " ORDER BY id FOR UPDATE", new MapSqlParameterSource("meeting", meetingId.toString()), IssueStore::row);
    }

    Optional<Row> lock(UUID voucherId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM voucher WHERE id = :id FOR UPDATE",
                new MapSqlParameterSource("id", voucherId.toString()), IssueStore::row).stream().findFirst();
    }

    /** @return false when it is not signed off any more (someone else issued it first); nothing changes */
    boolean markIssued(UUID voucherId, Delivery delivery, String by, Instant at) {
        return jdbc.update("UPDATE voucher SET status = 'ISSUED', delivery = :delivery, issued_by = :by,"
                + " issued_at = :at, version = version + 1 WHERE id = :id AND status = 'APPROVED'",
                new MapSqlParameterSource("id", voucherId.toString()).addValue("delivery", delivery.name())
                        .addValue("by", by).addValue("at", CodeStore.micros(at))) == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("meeting_id")),
                UUID.fromString(rs.getString("participant_id")), rs.getString("forum_code"),
                rs.getDate("meeting_day").toLocalDate(), rs.getInt("value_pence"),
                VoucherStatus.valueOf(rs.getString("status")));
    }
}
