package london.victimvoice.portal.assistance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.PrivacyNotice;
import london.victimvoice.portal.participants.SignUpRefused;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;

/**
 * Members and meetings for the assistance tests. Meetings are written as rows, as the meetings
 * module's own scheduling would leave them, so these tests depend only on the table.
 */
public final class AssistanceFixtures {

    private final SignUps signUps;
    private final JdbcTemplate jdbc;

    public AssistanceFixtures(SignUps signUps, JdbcTemplate jdbc) {
        this.signUps = signUps;
        this.jdbc = jdbc;
    }

    public record Person(UUID id, String phone, String email) {
    }

    /** A participant with a place in each forum, contact by text message only, who ticked these needs at sign-up. */
    public Person member(String name, Set<AccessNeed> needs, String safeNote, String... forums) {
        // Only the 1,000 example mobiles pass outside production; another test may hold this one.
        for (var attempt = 0; ; attempt++) {
            var n = ThreadLocalRandom.current().nextInt(1_000_000);
            var phone = "+447700900" + String.format("%03d", n % 1_000);
            var email = "assist" + n + "@example.org";
            try {
                var id = signUps.submit(new NewRegistration(name, null, phone, email, ChannelType.SMS, phone, null,
                        null, Set.of(forums), new ContactSafety(Set.of(ChannelType.SMS),
                                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), EnumSet.of(TimeOfDay.EVENING),
                                true, safeNote, "", needs, needs.contains(AccessNeed.OTHER) ? "A chair with arms" : ""),
                        null, PrivacyNotice.CURRENT_VERSION, true)).participantId();
                jdbc.update("UPDATE forum_request SET status = 'APPROVED' WHERE participant_id = ?", id.toString());
                return new Person(id, phone, email);
            } catch (SignUpRefused taken) {
                if (attempt == 50) {
                    throw taken;
                }
            }
        }
    }

    /** A two-hour meeting of the forum. */
    public UUID meeting(String forumCode, Instant startsAt) {
        var id = UUID.randomUUID();
        jdbc.update("INSERT INTO meeting (id, forum_code, starts_at, ends_at, status, capacity, version)"
                + " VALUES (?, ?, ?, ?, 'SCHEDULED', 12, 0)", id.toString(), forumCode, utc(startsAt),
                utc(startsAt.plus(Duration.ofHours(2))));
        return id;
    }

    // DATETIME holds UTC wall-clock time, as Hibernate writes instants.
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public void cancel(UUID meetingId) {
        jdbc.update("UPDATE meeting SET status = 'CANCELLED' WHERE id = ?", meetingId.toString());
    }

    public int requestsOf(UUID participantId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM assistance_request WHERE participant_id = ?",
                Integer.class, participantId.toString());
        return count == null ? 0 : count;
    }

    public int auditLines(UUID participantId, String staff) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM staff_access_audit WHERE participant_id = ?"
                + " AND staff_username = ? AND action = 'VIEWED_SUPPORT_REQUEST'", Integer.class,
                participantId.toString(), staff);
        return count == null ? 0 : count;
    }
}
