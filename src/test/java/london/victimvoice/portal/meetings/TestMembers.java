package london.victimvoice.portal.meetings;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.EqualityAnswers;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;

/** Signs people up and approves them, so they are members of a forum as in real life. */
public final class TestMembers {

    private TestMembers() {
    }

    public static UUID member(ApplicationContext context, String chosenName, String forumCode) {
        // Room for everyone the tests add: a full forum would put them on its waiting list.
        context.getBean(JdbcTemplate.class).update("UPDATE forum SET capacity = 1000 WHERE code = ?", forumCode);
        var email = "member." + UUID.randomUUID() + "@example.org";
        var id = context.getBean(SignUps.class).submit(new NewRegistration(chosenName, null, null, email,
                ChannelType.EMAIL, email, null, null, Set.of(forumCode),
                new ContactSafety(EnumSet.of(ChannelType.EMAIL), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), true, "", "", Set.of(), ""),
                EqualityAnswers.skipped(), 1, true)).participantId();
        context.getBean(Approvals.class).approve(id, "approver-ann");
        return id;
    }
}
