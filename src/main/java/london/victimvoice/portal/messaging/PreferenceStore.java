package london.victimvoice.portal.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code message_preference}: one row per participant who ever stopped something. */
@Repository
class PreferenceStore {

    private final NamedParameterJdbcTemplate jdbc;

    PreferenceStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    MessagePreference find(UUID participantId) {
        return findAll(java.util.List.of(participantId)).getOrDefault(participantId, MessagePreference.NONE);
    }

    Map<UUID, MessagePreference> findAll(Collection<UUID> participantIds) {
        var found = new HashMap<UUID, MessagePreference>();
        if (participantIds.isEmpty()) {
            return found;
        }
        // In slices: a bulk send's audience can be thousands, and an IN list has limits.
        var all = participantIds.stream().map(UUID::toString).toList();
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.query("SELECT participant_id, sms_opted_out_at, email_reminders_stopped_at FROM message_preference"
                    + " WHERE participant_id IN (:ids)", Map.of("ids", all.subList(from, Math.min(all.size(), from + 1000))),
                    rs -> {
                        var sms = rs.getTimestamp("sms_opted_out_at");
                        var email = rs.getTimestamp("email_reminders_stopped_at");
                        found.put(UUID.fromString(rs.getString("participant_id")), new MessagePreference(
                                sms == null ? null : sms.toInstant(), email == null ? null : email.toInstant()));
                    });
        }
        return found;
    }

    /** @return whether anything changed (a second STOP changes nothing) */
    boolean setSmsOptedOut(UUID participantId, boolean optedOut, Instant now) {
        ensureRow(participantId, now);
        return jdbc.update("UPDATE message_preference SET sms_opted_out_at = :at, updated_at = :now"
                + " WHERE participant_id = :id AND (sms_opted_out_at IS NULL) = :wasIn",
                new MapSqlParameterSource("id", participantId.toString()).addValue("at", optedOut ? Timestamp.from(now) : null)
                        .addValue("now", Timestamp.from(now)).addValue("wasIn", optedOut)) == 1;
    }

    boolean stopEmailReminders(UUID participantId, Instant now) {
        ensureRow(participantId, now);
        return jdbc.update("UPDATE message_preference SET email_reminders_stopped_at = :now, updated_at = :now"
                + " WHERE participant_id = :id AND email_reminders_stopped_at IS NULL",
                new MapSqlParameterSource("id", participantId.toString()).addValue("now", Timestamp.from(now))) == 1;
    }

    private void ensureRow(UUID participantId, Instant now) {
        jdbc.update("INSERT INTO message_preference (participant_id, updated_at) VALUES (:id, :now)"
                + " ON DUPLICATE KEY UPDATE participant_id = participant_id",
                new MapSqlParameterSource("id", participantId.toString()).addValue("now", Timestamp.from(now)));
    }
}
