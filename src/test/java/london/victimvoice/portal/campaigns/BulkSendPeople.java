package london.victimvoice.portal.campaigns;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.EqualityAnswers;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.PrivacyNotice;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;

/**
 * People for bulk send tests, each in a forum of their own test's making, so counts are exact
 * whatever other tests did: signed up with the channel and times the test chooses, then approved
 * (a member, or on the waiting list once the forum is full).
 */
public final class BulkSendPeople {

    /** A custom template that uses the person's name, as coordinators write them. */
    public static final String CUSTOM = "bulk-test-custom";
    private static final AtomicInteger NUMBERS = new AtomicInteger(100);

    public record Person(UUID id, String chosenName, String address) {
    }

    private final ApplicationContext context;

    public BulkSendPeople(ApplicationContext context) {
        this.context = context;
    }

    /** A new forum with this many places; nobody looks after it yet. */
    public String forum(int capacity) {
        var code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        context.getBean(JdbcTemplate.class).update(
                "INSERT INTO forum (code, sort_order, capacity, accepting_members) VALUES (?, 99, ?, TRUE)", code,
                capacity);
        return code;
    }

    public Person byEmail(String forum) {
        return person(forum, ChannelType.EMAIL, EnumSet.allOf(TimeOfDay.class));
    }

    public Person bySms(String forum) {
        return person(forum, ChannelType.SMS, EnumSet.allOf(TimeOfDay.class));
    }

    public Person eveningsOnly(String forum) {
        return person(forum, ChannelType.EMAIL, EnumSet.of(TimeOfDay.EVENING));
    }

    public Person person(String forum, ChannelType channel, Set<TimeOfDay> times) {
        var n = NUMBERS.incrementAndGet();
        var name = "Person " + n;
        var email = "bulk." + UUID.randomUUID() + "@example.org";
        var mobile = channel == ChannelType.SMS ? "+447700900" + String.format("%03d", n % 1000) : null;
        var id = context.getBean(SignUps.class).submit(new NewRegistration(name, null, mobile,
                channel == ChannelType.EMAIL ? email : null, channel, channel == ChannelType.SMS ? mobile : email,
                null, null, Set.of(forum), new ContactSafety(EnumSet.of(channel), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.copyOf(times), true, "", "", Set.of(), ""),
                EqualityAnswers.skipped(), PrivacyNotice.CURRENT_VERSION, true)).participantId();
        context.getBean(Approvals.class).approve(id, "approver-ann");
        return new Person(id, name, channel == ChannelType.SMS ? mobile : email);
    }

    /** The custom template, added once per database. */
    public static void customTemplate(JdbcTemplate jdbc) {
        var id = "5eed0000-0000-0000-0000-0000000000c1";
        if (jdbc.queryForObject("SELECT COUNT(*) FROM message_template_version WHERE id = ?", Integer.class, id) > 0) {
            return;
        }
        jdbc.update("INSERT INTO message_template_version (id, template_id, version, purpose, created_by, created_at)"
                + " VALUES (?, ?, 1, 'CUSTOM', 'test', '2026-12-07 00:00:00')", id, CUSTOM);
        for (var channel : new String[] {"SMS", "EMAIL"}) {
            for (var variant : new String[] {"DISCREET", "FULL"}) {
                jdbc.update("INSERT INTO message_template_text (version_id, channel, variant, subject, body)"
                        + " VALUES (?, ?, ?, ?, ?)", id, channel, variant, channel.equals("EMAIL") ? "News" : null,
                        "Hello ((name)), there is news on the website: ((link))");
            }
        }
    }
}
