package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.PrivacyNotice;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.ActionOwner;
import london.victimvoice.portal.voice.ActionStatus;
import london.victimvoice.portal.voice.AnswerDraft;
import london.victimvoice.portal.voice.Answers;
import london.victimvoice.portal.voice.LinkableInsight;
import london.victimvoice.portal.voice.NewQuestion;
import london.victimvoice.portal.voice.NewWeDid;
import london.victimvoice.portal.voice.Questions;
import london.victimvoice.portal.voice.WeDid;

/**
 * The anonymous voice from start to finish in a real browser: a member on a 360 x 740 phone
 * answers a question and keeps the receipt code; a coordinator takes a phone number out, writes an
 * insight and sends the batch for sign-off; a different person, an approver, signs it off; a
 * partner reads the insight; and later, signed out, the member opens the receipt code and sees
 * the "we did" entry that came of it.
 */
class VoiceJourneyIT extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String COORDINATOR = "e2e-coordinator";
    private static final AtomicInteger OTHER_MEMBERS = new AtomicInteger(770);

    @Autowired
    ForumStewards stewards;

    @Autowired
    Questions questions;

    @Autowired
    Answers answers;

    @Autowired
    WeDid weDid;

    @Test
    void a_member_answers_on_a_phone_staff_moderate_and_sign_off_a_partner_reads_it_and_the_receipt_shows_what_was_done() {
        stewards.assign(AuditSeeds.FORUM, COORDINATOR);
        var today = LocalDate.now(clock.withZone(LONDON));
        var title = "Being kept informed " + UUID.randomUUID().toString().substring(0, 8);
        var question = questions.post(new ForumManager(COORDINATOR, false), new NewQuestion(title,
                "After you reported a crime, what helped you feel kept informed?", "", Set.of(AuditSeeds.FORUM),
                null, null, null, today, today.plusDays(7)));

        // A member on a phone answers, and keeps the receipt code.
        Chromium.setViewportWidth(driver, 360, 740);
        signInAsNewMember();
        open("voice");
        find("#voice-question-" + question + " a").click();
        waitForUrl("voice/questions/" + question);
        input("voice-answer-text").sendKeys("The officer rang back on the day she promised. Call me on 07700 900123.");
        new WebDriverWait(driver, WAIT).until(d -> !find("#voice-answer-hint").getText().isBlank());
        assertThat(find("#voice-answer-hint").getText()).as("the browser's hint about a phone number")
                .containsIgnoringCase("phone number");
        clickButton("voice-answer-send");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("voice-receipt-code")).isEmpty());
        waitForVaadin();
        var code = find("#voice-receipt-code").getText().strip();
        assertThat(code).matches("[a-z]+-[a-z]+-[a-z]+-\\d{2}");
        assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling")
                .isEqualTo(true);

        // Two more members answer, so there are enough answers to read (the release threshold is 3).
        answers.submit(newMember(), question, new AnswerDraft("Nobody told me the case was closed.", null, null));
        answers.submit(newMember(), question, new AnswerDraft("A text after each step would help.", null, null));

        // The coordinator takes the phone number out, writes an insight and sends it for sign-off.
        signOut();
        Chromium.setViewportWidth(driver, 1280, 900);
        signInAs(Roles.COORDINATOR);
        open("staff/questions/" + question);
        var number = answerNumberContaining("07700 900123");
        clickButton("take-out-" + number);
        waitForVaadin();
        assertThat(input("redact-" + number).getDomProperty("value")).contains("[phone number]")
                .doesNotContain("07700");
        clickButton("save-text-" + number);
        waitForVaadin();
        input("insight-title").sendKeys("Call-backs build trust");
        input("insight-summary").sendKeys("Members felt informed when officers called back when they said they would.");
        input("insight-theme").sendKeys("call-backs");
        clickButton("create-insight");
        waitForVaadin();
        number = answerNumberContaining("[phone number]");
        choose("vaadin-radio-group#insight-" + number + " vaadin-radio-button", "Call-backs build trust");
        clickButton("save-group-" + number);
        waitForVaadin();
        clickButton("submit-batch");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("vaadin-button#submit-batch-confirm"))
                .isEmpty());
        clickButton("submit-batch-confirm");
        waitForVaadin();

        // A different person, an approver, signs it off.
        signOut();
        signInAs(Roles.APPROVER);
        open("staff/sign-off/" + question);
        assertThat(driver.findElements(By.id("own-batch"))).as("the approver did not moderate it").isEmpty();
        clickButton("sign-off-batch");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("vaadin-button#sign-off-confirm"))
                .isEmpty());
        clickButton("sign-off-confirm");
        waitForVaadin();

        // A partner reads the signed-off insight, with the number taken out.
        signOut();
        signInAs(Roles.PARTNER);
        open("staff/insights");
        var insights = find("#insights").getText();
        assertThat(insights).contains("Call-backs build trust").contains("[phone number]").doesNotContain("07700");

        // What was done about it, linked to the insight.
        var insight = weDid.linkableInsights().stream().filter(i -> i.questionTitle().equals(title))
                .map(LinkableInsight::id).findFirst().orElseThrow(() -> new AssertionError("The insight is not signed off"));
        var said = "You said call-backs on the promised day build trust " + UUID.randomUUID().toString().substring(0, 8);
        weDid.create(new ForumManager("e2e-approver", true), new NewWeDid(said,
                "Every officer will book the call-back in the case diary.", ActionOwner.MPS, ActionStatus.IN_PROGRESS,
                null, null, Set.of(AuditSeeds.FORUM), Set.of(insight)));

        // Later, signed out, on the phone: the receipt code shows where the answer went and what was done.
        signOut();
        Chromium.setViewportWidth(driver, 360, 740);
        open("voice/receipt");
        input("receipt-code").sendKeys(code.replace('-', ' ').toUpperCase(Locale.ROOT));
        clickButton("receipt-check");
        new WebDriverWait(driver, WAIT).until(d -> find("#receipt-result").getText().contains(said));
        waitForVaadin();
        assertThat(find("#receipt-result").getText()).contains(title).contains("Every officer will book the call-back");
    }

    /** Keyboard only: answer a question, then open the receipt code, with Tab, typing and Enter. */
    @Test
    void a_member_answers_and_checks_the_receipt_code_with_only_the_keyboard() {
        var today = LocalDate.now(clock.withZone(LONDON));
        var title = "Keyboard question " + UUID.randomUUID().toString().substring(0, 8);
        stewards.assign(AuditSeeds.FORUM, COORDINATOR);
        var question = questions.post(new ForumManager(COORDINATOR, false), new NewQuestion(title,
                "What would make the next meeting easier to get to?", "", Set.of(AuditSeeds.FORUM), null, null, null,
                today, today.plusDays(7)));
        signInAsNewMember();
        open("voice/questions/" + question);

        tabTo("#voice-answer-text textarea", null);
        type("A meeting that ends before dark.");
        tabTo("vaadin-button#voice-answer-send", null);
        press(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("voice-receipt-code")).isEmpty());
        waitForVaadin();
        var code = find("#voice-receipt-code").getText().strip();

        signOut();
        open("voice/receipt");
        tabTo("#receipt-code input", null);
        type(code);
        tabTo("vaadin-button#receipt-check", null);
        press(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> find("#receipt-result").getText().contains(title));
    }

    private void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** The number of the answer section on the moderation page whose words contain {@code text}. */
    private int answerNumberContaining(String text) {
        for (int n = 1; n <= 3; n++) {
            var section = driver.findElements(By.id("answer-" + n));
            if (!section.isEmpty() && String.valueOf(js("return arguments[0].innerText + ' ' + "
                    + "(arguments[0].querySelector('textarea') || {value: ''}).value", section.get(0))).contains(text)) {
                return n;
            }
        }
        throw new AssertionError("No answer on the moderation page contains " + text);
    }

    /** A member of the open forum, made through the sign-up and approval services. */
    private UUID newMember() {
        var e164 = "+447700900" + OTHER_MEMBERS.incrementAndGet();
        var id = signUps.submit(new NewRegistration("Sam", null, e164, null, ChannelType.SMS, e164, null, null,
                Set.of(AuditSeeds.FORUM), ContactSafety.defaults(Set.of(ChannelType.SMS)), null,
                PrivacyNotice.CURRENT_VERSION, true)).participantId();
        jdbc.update("UPDATE forum SET capacity = 1000 WHERE code = ?", AuditSeeds.FORUM);
        approvals.approve(id, "e2e-approver");
        return id;
    }
}
