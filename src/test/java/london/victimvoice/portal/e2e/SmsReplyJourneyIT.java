package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import london.victimvoice.portal.meetings.RsvpAnswer;
import london.victimvoice.portal.meetings.Rsvps;
import london.victimvoice.portal.meetings.TestMeetings;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.PrivacyNotice;
import london.victimvoice.portal.security.Roles;

/**
 * Two-way SMS with no Twilio account: in the dev outbox a coordinator simulates a member texting
 * YES, the portal's answer lands in the outbox, and the member's RSVP for their next meeting is
 * "coming".
 */
class SmsReplyJourneyIT extends BrowserTest {

    private static final String PHONE = "+447700900931";

    @Autowired
    Rsvps rsvps;

    @Autowired
    ApplicationContext context;

    @Test
    void a_simulated_yes_in_the_dev_outbox_answers_for_the_members_next_meeting() {
        jdbc.update("UPDATE forum SET capacity = 1000 WHERE code = 'women-and-girls'");
        var member = signUps.submit(new NewRegistration("Jo", null, PHONE, null, ChannelType.SMS, PHONE, null, null,
                Set.of("women-and-girls"), ContactSafety.defaults(Set.of(ChannelType.SMS)), null,
                PrivacyNotice.CURRENT_VERSION, true)).participantId();
        approvals.approve(member, "e2e-approver");
        var meeting = TestMeetings.create(context, "women-and-girls", clock.instant().plus(Duration.ofHours(3)));

        signInAs(Roles.COORDINATOR);
        open("staff/dev-outbox");
        input("simulate-from").sendKeys(PHONE);
        input("simulate-body").sendKeys("Yes");
        clickButton("simulate-send");
        new WebDriverWait(driver, WAIT).until(d -> !find("#simulate-result").getText().isEmpty());

        assertThat(find("#simulate-result").getText()).startsWith("The portal replied: Thank you. We have noted that"
                + " you are coming to your meeting on");
        assertThat(rsvps.meetingFor(member, meeting).orElseThrow().answer()).isEqualTo(RsvpAnswer.COMING);
        assertThat(outbox.latest(5)).anySatisfy(m -> {
            assertThat(m.recipient()).isEqualTo(PHONE);
            assertThat(m.body()).startsWith("Thank you. We have noted that you are coming");
        });
    }
}
