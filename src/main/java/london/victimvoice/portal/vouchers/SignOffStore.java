package london.victimvoice.portal.vouchers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Voucher requests and their sign-off through plain SQL: made from attendance, withdrawn and
 * requested again, locked and signed off. Callers own the transactions; every status change
 * names the status it may start from, so a change made meanwhile is never overwritten.
 */
@Repository
class SignOffStore {

    private static final String COLUMNS = "v.id, v.meeting_id, v.participant_id, v.forum_code, v.meeting_day,"
            + " v.financial_year, v.sponsor, v.value_pence, v.status, v.requested_by, v.approved_by";

    /** A voucher as sign-off needs it. */
    record VoucherRow(UUID id, UUID meetingId, UUID participantId, String forumCode, LocalDate meetingDay,
            FinancialYear year, Sponsor sponsor, int valuePence, VoucherStatus status, String requestedBy,
            @Nullable String approvedBy) {
    }

    /** A voucher line of a meeting's page: the code's last characters only, never the code. */
    record LineRow(VoucherRow voucher, @Nullable String codeHint) {
    }

    /** How many vouchers of a meeting are in one status. */
    record CountRow(UUID meetingId, String forumCode, LocalDate meetingDay, VoucherStatus status, int count) {
    }

    /** What a forum's attended meeting is worth and who pays. */
    record Rule(int valuePence, Sponsor sponsor) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    SignOffStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<VoucherRow> find(UUID meetingId, UUID participantId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM voucher v WHERE v.meeting_id = :meeting"
                + " AND v.participant_id = :participant", attendance(meetingId, participantId), SignOffStore::row)
                .stream().findFirst();
    }

    /** The voucher for one attendance, locked until the transaction ends. */
    Optional<VoucherRow> lock(UUID meetingId, UUID participantId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM voucher v WHERE v.meeting_id = :meeting"
                + " AND v.participant_id = :participant FOR UPDATE", attendance(meetingId, participantId),
                SignOffStore::row).stream().findFirst();
    }

    Optional<VoucherRow> lock(UUID voucherId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM voucher v WHERE v.id = :id FOR UPDATE",
                new MapSqlParameterSource("id", voucherId.toString()), SignOffStore::row).stream().findFirst();
    }

    /** Every voucher of a meeting, locked in id order (two approvers at once queue, never deadlock). */
    List<VoucherRow> lockMeeting(UUID meetingId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM voucher v WHERE v.meeting_id = :meeting ORDER BY v.id FOR UPDATE",
                new MapSqlParameterSource("meeting", meetingId.toString()), SignOffStore::row);
    }

    /** @return false when the attendance already has its voucher (the unique key said so) */
    boolean insert(UUID id, UUID meetingId, UUID participantId, String forumCode, LocalDate meetingDay, Rule rule,
            String requestedBy, Instant at) {
        try {
            jdbc.update("INSERT INTO voucher (id, meeting_id, participant_id, forum_code, meeting_day, financial_year,"
                    + " sponsor, value_pence, status, requested_by, requested_at) VALUES (:id, :meeting, :participant,"
                    + " :forum, :day, :year, :sponsor, :value, 'REQUESTED', :by, :at)",
                    attendance(meetingId, participantId).addValue("id", id.toString()).addValue("forum", forumCode)
                            .addValue("day", Date.valueOf(meetingDay))
                            .addValue("year", FinancialYear.of(meetingDay).startYear())
                            .addValue("sponsor", rule.sponsor().name()).addValue("value", rule.valuePence())
                            .addValue("by", requestedBy).addValue("at", Timestamp.from(at)));
            return true;
        } catch (DuplicateKeyException requestedMeanwhile) {
            return false;
        }
    }

    /** A withdrawn voucher asked for again (attendance marked back to attended), at today's rule. */
    boolean requestAgain(UUID voucherId, Rule rule, String requestedBy, Instant at) {
        return jdbc.update("UPDATE voucher SET status = 'REQUESTED', sponsor = :sponsor, value_pence = :value,"
                + " requested_by = :by, requested_at = :at, approved_by = NULL, approved_at = NULL,"
                + " withdrawn_by = NULL, withdrawn_at = NULL, version = version + 1"
                + " WHERE id = :id AND status = 'WITHDRAWN'", new MapSqlParameterSource("id", voucherId.toString())
                .addValue("sponsor", rule.sponsor().name()).addValue("value", rule.valuePence())
                .addValue("by", requestedBy).addValue("at", Timestamp.from(at))) == 1;
    }

    boolean withdraw(UUID voucherId, VoucherStatus from, String by, Instant at) {
        return jdbc.update("UPDATE voucher SET status = 'WITHDRAWN', withdrawn_by = :by, withdrawn_at = :at,"
                + " version = version + 1 WHERE id = :id AND status = :from",
                new MapSqlParameterSource("id", voucherId.toString()).addValue("from", from.name())
                        .addValue("by", by).addValue("at", Timestamp.from(at))) == 1;
    }

    boolean approve(UUID voucherId, String by, Instant at) {
        return jdbc.update("UPDATE voucher SET status = 'APPROVED', approved_by = :by, approved_at = :at,"
                + " version = version + 1 WHERE id = :id AND status = 'REQUESTED'",
                new MapSqlParameterSource("id", voucherId.toString()).addValue("by", by)
                        .addValue("at", Timestamp.from(at))) == 1;
    }

    /** Remembers who recorded or changed the attendance; a second time changes nothing. */
    void addRecorder(UUID meetingId, UUID participantId, String username) {
        var params = attendance(meetingId, participantId).addValue("by", username);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM voucher_recorder WHERE meeting_id = :meeting"
                + " AND participant_id = :participant AND staff_username = :by", params, Integer.class) > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO voucher_recorder (meeting_id, participant_id, staff_username)"
                    + " VALUES (:meeting, :participant, :by)", params);
        } catch (DuplicateKeyException addedMeanwhile) {
            // The same person, heard twice at once: one row is what was wanted.
        }
    }

    List<String> recorders(UUID meetingId, UUID participantId) {
        return jdbc.queryForList("SELECT staff_username FROM voucher_recorder WHERE meeting_id = :meeting"
                + " AND participant_id = :participant", attendance(meetingId, participantId), String.class);
    }

    /** Who recorded attendance at the meeting, by participant. */
    Map<UUID, List<String>> recorders(UUID meetingId) {
        var found = new java.util.HashMap<UUID, List<String>>();
        jdbc.query("SELECT participant_id, staff_username FROM voucher_recorder WHERE meeting_id = :meeting",
                new MapSqlParameterSource("meeting", meetingId.toString()), rs -> {
                    found.computeIfAbsent(UUID.fromString(rs.getString("participant_id")), k -> new ArrayList<>())
                            .add(rs.getString("staff_username"));
                });
        return found;
    }

    /** The status of each voucher of these meetings, by meeting and participant. */
    Map<String, VoucherStatus> statuses(Collection<UUID> meetingIds) {
        var found = new java.util.HashMap<String, VoucherStatus>();
        if (meetingIds.isEmpty()) {
            return found;
        }
        var ids = meetingIds.stream().map(UUID::toString).distinct().toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.query("SELECT meeting_id, participant_id, status FROM voucher WHERE meeting_id IN (:ids)",
                    new MapSqlParameterSource("ids", ids.subList(from, Math.min(ids.size(), from + 500))),
                    rs -> {
                        found.put(rs.getString("meeting_id") + "/" + rs.getString("participant_id"),
                                VoucherStatus.valueOf(rs.getString("status")));
                    });
        }
        return found;
    }

    /** Vouchers per meeting and status, most recent meetings first; {@code forums} null for every forum. */
    List<CountRow> counts(@Nullable Collection<String> forums, int meetings) {
        if (forums != null && forums.isEmpty()) {
            return List.of();
        }
        var where = forums == null ? "" : " WHERE forum_code IN (:forums)";
        var params = new MapSqlParameterSource("forums", forums == null ? List.of("") : forums)
                .addValue("limit", meetings);
        return jdbc.query("SELECT v.meeting_id, v.forum_code, v.meeting_day, v.status, COUNT(*) AS n FROM voucher v"
                + " JOIN (SELECT meeting_id FROM voucher" + where + " GROUP BY meeting_id"
                + " ORDER BY MAX(meeting_day) DESC, meeting_id LIMIT :limit) recent ON recent.meeting_id = v.meeting_id"
                + " GROUP BY v.meeting_id, v.forum_code, v.meeting_day, v.status"
                + " ORDER BY v.meeting_day DESC, v.meeting_id", params,
                (rs, n) -> new CountRow(UUID.fromString(rs.getString("meeting_id")), rs.getString("forum_code"),
                        rs.getObject("meeting_day", LocalDate.class), VoucherStatus.valueOf(rs.getString("status")),
                        rs.getInt("n")));
    }

    /** A meeting's vouchers, each with its code's hint once a code is assigned. */
    List<LineRow> lines(UUID meetingId) {
        return jdbc.query("SELECT " + COLUMNS + ", c.code_hint FROM voucher v LEFT JOIN voucher_code c"
                + " ON c.voucher_id = v.id WHERE v.meeting_id = :meeting ORDER BY v.requested_at, v.id",
                new MapSqlParameterSource("meeting", meetingId.toString()),
                (rs, n) -> new LineRow(row(rs, n), rs.getString("code_hint")));
    }

    private static MapSqlParameterSource attendance(UUID meetingId, UUID participantId) {
        return new MapSqlParameterSource("meeting", meetingId.toString()).addValue("participant",
                participantId.toString());
    }

    private static VoucherRow row(ResultSet rs, int n) throws SQLException {
        return new VoucherRow(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("meeting_id")),
                UUID.fromString(rs.getString("participant_id")), rs.getString("forum_code"),
                rs.getObject("meeting_day", LocalDate.class), new FinancialYear(rs.getInt("financial_year")),
                Sponsor.valueOf(rs.getString("sponsor")), rs.getInt("value_pence"),
                VoucherStatus.valueOf(rs.getString("status")), rs.getString("requested_by"),
                rs.getString("approved_by"));
    }
}
