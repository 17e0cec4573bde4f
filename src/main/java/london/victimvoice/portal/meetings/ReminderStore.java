package london.victimvoice.portal.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * The {@code meeting_reminder} table through plain SQL: the sweep's claim needs
 * {@code FOR UPDATE SKIP LOCKED}, and changes to a meeting lock its rows first, so a sweep and a
 * change never act on one reminder at once. Callers own the transactions.
 */
@Repository
class ReminderStore {

    private static final String COLUMNS = "meeting_id, days_before, due_at, status, revision, queued_at";

    private final NamedParameterJdbcTemplate jdbc;

    ReminderStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The meeting's rows, locked until the caller's transaction ends (waiting for a sweep that holds them). */
    List<ReminderRow> lock(UUID meetingId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM meeting_reminder WHERE meeting_id = :m ORDER BY days_before"
                + " FOR UPDATE", Map.of("m", meetingId.toString()), ROW);
    }

    List<ReminderRow> of(UUID meetingId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM meeting_reminder WHERE meeting_id = :m ORDER BY days_before DESC",
                Map.of("m", meetingId.toString()), ROW);
    }

    /** Inserts new rows and updates changed ones. */
    void save(Collection<ReminderRow> rows) {
        for (var row : rows) {
            var params = params(row);
            var updated = jdbc.update("UPDATE meeting_reminder SET due_at = :dueAt, status = :status,"
                    + " revision = :revision, queued_at = :queuedAt WHERE meeting_id = :meetingId"
                    + " AND days_before = :daysBefore", params);
            if (updated == 0) {
                jdbc.update("INSERT INTO meeting_reminder (" + COLUMNS + ") VALUES (:meetingId, :daysBefore, :dueAt,"
                        + " :status, :revision, :queuedAt)", params);
            }
        }
    }

    /**
     * Takes up to {@code limit} planned reminders whose moment has come. Rows another node (or a
     * meeting being changed) has locked are skipped, not waited for.
     */
    List<ReminderRow> claimDue(Instant now, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM meeting_reminder WHERE status = 'PLANNED' AND due_at <= :now"
                + " ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED",
                new MapSqlParameterSource("now", Timestamp.from(now)).addValue("limit", limit), ROW);
    }

    /** Whether a later reminder of the same meeting is due too (the app was down): then only that one goes. */
    boolean laterOneDue(ReminderRow row, Instant now) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM meeting_reminder WHERE meeting_id = :m AND status ="
                + " 'PLANNED' AND due_at > :due AND due_at <= :now", new MapSqlParameterSource("m",
                row.meetingId().toString()).addValue("due", Timestamp.from(row.dueAt()))
                .addValue("now", Timestamp.from(now)), Integer.class);
        return count != null && count > 0;
    }

    private static SqlParameterSource params(ReminderRow row) {
        return new MapSqlParameterSource("meetingId", row.meetingId().toString())
                .addValue("daysBefore", row.daysBefore())
                .addValue("dueAt", Timestamp.from(row.dueAt()))
                .addValue("status", row.status().name())
                .addValue("revision", row.revision())
                .addValue("queuedAt", ts(row.queuedAt()));
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static final RowMapper<ReminderRow> ROW = (ResultSet rs, int n) -> new ReminderRow(
            UUID.fromString(rs.getString("meeting_id")), rs.getInt("days_before"), instant(rs, "due_at"),
            ReminderStatus.valueOf(rs.getString("status")), rs.getInt("revision"), nullableInstant(rs, "queued_at"));

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = nullableInstant(rs, column);
        if (value == null) {
            throw new SQLException(column + " is null");
        }
        return value;
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
