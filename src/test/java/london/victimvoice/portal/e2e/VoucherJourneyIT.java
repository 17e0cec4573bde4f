package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.AttendanceStatus;
import london.victimvoice.portal.meetings.MeetingAttendance;
import london.victimvoice.portal.meetings.TestMeetings;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.PrivacyNotice;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.vouchers.FinancialYear;
import london.victimvoice.portal.vouchers.SignOffFixtures;
import london.victimvoice.portal.vouchers.Sponsor;
import london.victimvoice.portal.vouchers.VoucherCodes;
import london.victimvoice.portal.vouchers.VoucherIssues;

/**
 * A thank-you voucher from start to finish in a real browser: a coordinator records that a member
 * attended, which requests a voucher; an approver who recorded nothing signs it off; the
 * coordinator sends the codes and the member's code lands in the dev outbox; the member on a
 * 360 x 740 phone sees it and says it arrived; reconciliation shows it confirmed. And a member
 * who confirms by texting RECEIVED instead.
 */
class VoucherJourneyIT extends BrowserTest {

    private static final String COORDINATOR = "e2e-coordinator";
    private static final AtomicInteger NUMBERS = new AtomicInteger(860);

    @Autowired
    ForumStewards stewards;

    @Autowired
    ApplicationContext context;

    @Autowired
    MeetingAttendance attendance;

    @Autowired
    VoucherCodes codes;

    @Autowired
    VoucherIssues issues;

    @AfterEach
    void giveBackTheForum() {
        stewards.unassign(AuditSeeds.FORUM, COORDINATOR);
    }

    @Test
    void attendance_becomes_a_voucher_signed_off_by_a_second_person_sent_confirmed_on_a_phone_and_reconciled() {
        stewards.assign(AuditSeeds.FORUM, COORDINATOR);
        var phone = newMemberPhone();
        var member = newMember(phone);
        var meeting = TestMeetings.create(context, AuditSeeds.FORUM, clock.instant().plus(Duration.ofMinutes(30)));
        SignOffFixtures.allot(context, FinancialYear.of(clock.instant()), Sponsor.MOPAC, 1_000_000);
        newCode();

        // The coordinator records at the meeting that the member came.
        Chromium.setViewportWidth(driver, 1280, 900);
        signInAs(Roles.COORDINATOR);
        open("staff/meetings/" + meeting + "/attendance");
        choose("vaadin-radio-group#attendance-" + member + " vaadin-radio-button", "Attended");
        clickButton("attendance-save-" + member);
        waitForVaadin();
        var voucher = voucherOf(meeting, member);
        assertThat(status(voucher)).isEqualTo("REQUESTED");
        assertThat(jdbc.queryForObject("SELECT requested_by FROM voucher WHERE id = ?", String.class,
                voucher.toString())).isEqualTo(COORDINATOR);

        // A second person, who recorded nothing, signs it off.
        signOut();
        signInAs(Roles.APPROVER);
        open("staff/vouchers");
        find("#vouchers-meeting-" + meeting).click();
        waitForUrl("staff/vouchers/meetings/" + meeting);
        clickButton("vouchers-sign-off-all");
        clickButton("sign-off-all-confirm");
        new WebDriverWait(driver, WAIT).until(d -> !textOf("vouchers-status").isBlank());
        assertThat(status(voucher)).isEqualTo("APPROVED");

        // The coordinator sends the codes; staff only ever see the last four characters.
        signOut();
        signInAs(Roles.COORDINATOR);
        open("staff/vouchers/issue");
        clickButton("vouchers-send-codes-" + meeting);
        clickButton("send-codes-confirm");
        new WebDriverWait(driver, WAIT).until(d -> !textOf("vouchers-issue-status").isBlank());
        assertThat(status(voucher)).isEqualTo("ISSUED");
        var sent = codeSentAsGift(phone);
        assertThat(driver.getPageSource()).doesNotContain(sent);

        // The member, on a phone, sees the code and says it arrived.
        signOut();
        Chromium.setViewportWidth(driver, 360, 740);
        signInAsMember(phone);
        find("#your-vouchers").click();
        waitForUrl("vouchers");
        assertThat(textOf("voucher-code-" + voucher)).contains(sent);
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContainIgnoringCase("budget")
                .doesNotContainIgnoringCase("approv");
        clickButton("voucher-received-" + voucher);
        new WebDriverWait(driver, WAIT).until(d -> !textOf("vouchers-received-status").isBlank());
        assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling")
                .isEqualTo(true);
        assertThat(jdbc.queryForMap("SELECT status, confirmed_via FROM voucher WHERE id = ?", voucher.toString()))
                .containsEntry("status", "CONFIRMED").containsEntry("confirmed_via", "PORTAL");

        // Reconciliation shows the meeting's voucher confirmed and nothing outstanding.
        signOut();
        Chromium.setViewportWidth(driver, 1280, 900);
        signInAs(Roles.APPROVER);
        open("staff/vouchers/reconciliation");
        assertThat(reconciliationRow(meeting)).containsEntry("requested", "1").containsEntry("approved", "1")
                .containsEntry("issued", "1").containsEntry("confirmed", "1").containsEntry("outstanding", "0")
                .containsEntry("value", "£25.00");
    }

    @Test
    void a_member_confirms_by_texting_received_and_reconciliation_shows_it() {
        stewards.assign(AuditSeeds.FORUM, COORDINATOR);
        var phone = newMemberPhone();
        var member = newMember(phone);
        var meeting = TestMeetings.create(context, AuditSeeds.FORUM, clock.instant().plus(Duration.ofMinutes(30)));
        SignOffFixtures.allot(context, FinancialYear.of(clock.instant()), Sponsor.MOPAC, 1_000_000);
        newCode();
        var coordinator = new ForumManager(COORDINATOR, false);
        attendance.record(coordinator, meeting, Map.of(member, AttendanceStatus.ATTENDED));
        var voucher = voucherOf(meeting, member);
        SignOffFixtures.signOff(context, "e2e-approver", voucher);
        issues.issueMeeting(coordinator, meeting);
        assertThat(codeSentAsGift(phone)).isNotBlank();

        signInAs(Roles.COORDINATOR);
        open("staff/dev-outbox");
        input("simulate-from").sendKeys(phone);
        input("simulate-body").sendKeys("received");
        clickButton("simulate-send");
        new WebDriverWait(driver, WAIT).until(d -> !find("#simulate-result").getText().isEmpty());
        assertThat(find("#simulate-result").getText())
                .isEqualTo("The portal replied: Thank you. We have noted that your gift arrived.");
        assertThat(jdbc.queryForMap("SELECT status, confirmed_via FROM voucher WHERE id = ?", voucher.toString()))
                .containsEntry("status", "CONFIRMED").containsEntry("confirmed_via", "SMS");

        // Said twice: a polite answer, and nothing changes.
        open("staff/dev-outbox");
        input("simulate-from").sendKeys(phone);
        input("simulate-body").sendKeys("RECEIVED");
        clickButton("simulate-send");
        new WebDriverWait(driver, WAIT).until(d -> !find("#simulate-result").getText().isEmpty());
        assertThat(find("#simulate-result").getText()).isEqualTo("The portal replied: Thank you for your message."
                + " There is nothing for you to confirm just now.");

        signOut();
        signInAs(Roles.APPROVER);
        open("staff/vouchers/reconciliation");
        assertThat(reconciliationRow(meeting)).containsEntry("confirmed", "1").containsEntry("outstanding", "0");
    }

    private String newMemberPhone() {
        return "+447700900" + NUMBERS.incrementAndGet();
    }

    private UUID newMember(String e164) {
        var id = signUps.submit(new NewRegistration("Kit", null, e164, null, ChannelType.SMS, e164, null, null,
                Set.of(AuditSeeds.FORUM), ContactSafety.defaults(Set.of(ChannelType.SMS)), null,
                PrivacyNotice.CURRENT_VERSION, true)).participantId();
        jdbc.update("UPDATE forum SET capacity = 1000 WHERE code = ?", AuditSeeds.FORUM);
        approvals.approve(id, "e2e-approver");
        return id;
    }

    /** Signs an existing member in the way members do: a code to their phone. */
    private void signInAsMember(String e164) {
        open("sign-in");
        input("contact").sendKeys("0" + e164.substring(3));
        clickButton("send-code");
        waitForCodeField();
        input("code").sendKeys(codeSentTo(e164.substring(3)));
        clickButton("continue");
        waitForUrl("account");
    }

    /** A code of the standard value in stock, loaded as a coordinator loads the supplier's file. */
    private String newCode() {
        var code = "JOURNEY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        codes.load("code,value,expires\n" + code + ",25.00,\n", "journey.csv", "e2e-coordinator");
        return code;
    }

    /** The request the attendance made; made after the attendance commits, so waited for. */
    private UUID voucherOf(UUID meeting, UUID member) {
        new WebDriverWait(driver, WAIT).until(d -> jdbc.queryForObject("SELECT COUNT(*) FROM voucher WHERE meeting_id"
                + " = ? AND participant_id = ?", Integer.class, meeting.toString(), member.toString()) == 1);
        return UUID.fromString(jdbc.queryForObject("SELECT id FROM voucher WHERE meeting_id = ? AND participant_id = ?",
                String.class, meeting.toString(), member.toString()));
    }

    private String status(UUID voucher) {
        return jdbc.queryForObject("SELECT status FROM voucher WHERE id = ?", String.class, voucher.toString());
    }

    /** The code in the thank-you text to this phone, read from the dev outbox once it has gone. */
    private String codeSentAsGift(String phone) {
        var found = new String[1];
        new WebDriverWait(driver, WAIT).until(d -> outbox.latest(50).stream()
                .filter(m -> m.recipient().equals(phone) && m.body().contains("gift code is "))
                .findFirst().map(m -> found[0] = m.body().replaceFirst("(?s).*gift code is ([A-Z0-9-]+).*", "$1"))
                .isPresent());
        return found[0];
    }

    /** The reconciliation table's cells for one meeting, by column. */
    @SuppressWarnings("unchecked")
    private Map<String, String> reconciliationRow(UUID meeting) {
        var cells = (List<String>) js("return [...document.querySelector('#reconciliation-table tr[data-meeting=\"'"
                + " + arguments[0] + '\"]').cells].map(c => c.innerText.trim())", meeting.toString());
        var columns = List.of("forum", "day", "requested", "approved", "issued", "confirmed", "outstanding", "value");
        assertThat(cells).hasSize(columns.size());
        var row = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), cells.get(i));
        }
        return row;
    }

    private String textOf(String id) {
        return find("#" + id).getText();
    }

    private void signOut() {
        driver.manage().deleteAllCookies();
    }
}
