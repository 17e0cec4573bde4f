package london.victimvoice.portal.support;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.EqualityAnswers;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.PrivacyNotice;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;

/**
 * Signs people up by email (a fresh address each, so tests never share a contact) and approves
 * them, which gives each a place in the forum or, when it is full, a waiting-list place.
 */
public final class TestPeople {

    /** Someone signed up; messages to them land in the dev outbox addressed to {@code email}. */
    public record Person(UUID id, String email) {
    }

    private final SignUps signUps;
    private final Approvals approvals;

    public TestPeople(SignUps signUps, Approvals approvals) {
        this.signUps = signUps;
        this.approvals = approvals;
    }

    public Person signUp(boolean discreet, String... forums) {
        var email = "person." + UUID.randomUUID() + "@example.org";
        var id = signUps.submit(new NewRegistration("Robin", null, null, email, ChannelType.EMAIL, email, null, null,
                Set.of(forums), new ContactSafety(EnumSet.of(ChannelType.EMAIL), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), discreet, "", "", Set.of(), ""),
                EqualityAnswers.skipped(), PrivacyNotice.CURRENT_VERSION, true)).participantId();
        return new Person(id, email);
    }

    /** Signed up and approved: a member, or on the waiting list where there is no place. */
    public Person approved(boolean discreet, String... forums) {
        var person = signUp(discreet, forums);
        approvals.approve(person.id(), "approver-ann");
        return person;
    }
}
