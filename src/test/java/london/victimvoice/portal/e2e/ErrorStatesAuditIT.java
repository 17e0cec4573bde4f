package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.EqualityAnswers;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.TimeOfDay;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.NewWeDid;
import london.victimvoice.portal.voice.WeDid;

/**
 * Every error message the sign-up, the participant's own pages and the staff pages can show, brought about as a person would
 * (typing, ticking, pressing buttons, waiting for a code to run out), then checked as GOV.UK
 * asks: the error summary appears and takes focus, the title starts with "Error:", and the
 * summary's first link moves focus to the field it names. The page with the errors on it is
 * audited by {@link PageAudit} at 320 CSS px, where it is brought about, and again at 1280 px,
 * and its reports join the summary in {@code accessibility-reports/} through {@link AuditReports}.
 *
 * <p>One entry of {@link #states()} per distinct error message, except messages that differ
 * only in their words from one that is here (an email address that is too long is shown
 * exactly as a malformed one). Two cannot be brought about in a browser test without harming
 * the others that share the portal: "too many codes from this connection" needs 30 sends from
 * one address, and "ask for a code first" needs the code used up in another tab. Both are
 * shown exactly as "we've just sent you a code" and "the code is not right" are.
 */
class ErrorStatesAuditIT extends BrowserTest {

    /** Ofcom's drama numbers, 07700 900000 to 900999: they can never belong to anyone. */
    private static final AtomicInteger numbers = new AtomicInteger(600);
    private static final String SIGNED_UP_NAME = "Morgan Already";

    @Autowired
    ApplicationContext context;

    /** The ids {@link AuditSeeds} made, by placeholder. */
    private final Map<String, String> seeded = new LinkedHashMap<>();


    /**
     * One error state.
     *
     * @param slug       names the report files, with the page
     * @param page       the page the errors are on
     * @param role       the staff role signed in, or {@code null} for a participant
     * @param field      the id of the field (or form) the summary's first link names, or
     *                   {@code null} for an error about no single field (a refused request)
     * @param bringAbout does what a person does to get there, starting signed out with an
     *                   empty sign-up, at 320 CSS px
     * @param warning    for a warning shown as someone types rather than an error on sending
     *                   (no error summary): the id of the warning to wait for; else {@code null}
     */
    record ErrorState(String name, String slug, String page, @Nullable String role, @Nullable String field,
            Executable bringAbout, @Nullable String warning) {

        ErrorState(String name, String slug, String page, @Nullable String role, @Nullable String field,
                Executable bringAbout) {
            this(name, slug, page, role, field, bringAbout, null);
        }

        /** Placeholders such as {@code {meeting}} stay in the name, so reports keep their names between runs. */
        String reportStem() {
            return page.replace('/', '_').replaceAll("[{}]", "").replaceAll("[?=&]", "_") + "-error-" + slug;
        }

        String who() {
            return role == null ? "anonymous" : role;
        }
    }

    List<ErrorState> states() {
        return List.of(
                participant("About you: no name given", "no-name", "join/about-you", "chosen-name", () -> {
                    open("join/about-you");
                    clickButton("continue");
                }),
                participant("About you: names too long", "names-too-long", "join/about-you", "chosen-name", () -> {
                    open("join/about-you");
                    input("chosen-name").sendKeys("N".repeat(81));
                    input("full-name").sendKeys("F".repeat(121));
                    clickButton("continue");
                }),
                participant("Contact: no mobile or email given", "none-given", "join/contact", "mobile", () -> {
                    open("join/contact");
                    clickButton("continue");
                }),
                participant("Contact: a landline cannot get texts", "landline", "join/contact", "mobile", () -> {
                    open("join/contact");
                    input("mobile").sendKeys("020 7946 0018");
                    clickButton("continue");
                }),
                participant("Contact: email address not in the right format", "email-format", "join/contact", "email",
                        () -> {
                            open("join/contact");
                            input("email").sendKeys("name.example.org");
                            clickButton("continue");
                        }),
                participant("Check it's you: wrong code", "wrong-code", "join/verify", "code", () -> {
                    var mobile = codeSent();
                    input("code").sendKeys(wrong(codeSentTo(mobile)));
                    clickButton("continue");
                }),
                participant("Check it's you: wrong code on the last try", "last-try", "join/verify", "code", () -> {
                    var mobile = codeSent();
                    input("code").sendKeys(wrong(codeSentTo(mobile)));
                    tryCode(5);
                }),
                participant("Check it's you: too many tries", "too-many-tries", "join/verify", "code", () -> {
                    var mobile = codeSent();
                    input("code").sendKeys(wrong(codeSentTo(mobile)));
                    tryCode(6);
                }),
                participant("Check it's you: code expired", "expired", "join/verify", "code", () -> {
                    var mobile = codeSent();
                    clock.advance(Duration.ofMinutes(11));
                    input("code").sendKeys(codeSentTo(mobile));
                    clickButton("continue");
                }),
                participant("Check it's you: new code asked for too soon", "too-soon", "join/verify", null, () -> {
                    codeSent();
                    clickButton("send-code");
                }),
                participant("Check it's you: three codes in the last hour", "three-codes", "join/verify", null, () -> {
                    codeSent();
                    for (int sent = 1; sent <= 3; sent++) {
                        clock.advance(Duration.ofSeconds(31));
                        clickButton("send-code");
                        waitForVaadin();
                    }
                }),
                participant("Forums: none chosen", "none-chosen", "join/forums", "forums", () -> {
                    open("join/forums");
                    clickButton("continue");
                }),
                participant("Contact safety: no way, day or time ticked", "nothing-ticked", "join/safety",
                        "safe-channels", () -> {
                            contactGiven();
                            open("join/safety");
                            untickAll("safe-days");
                            untickAll("safe-times");
                            clickButton("continue");
                        }),
                participant("Contact safety: something else needed, not said what", "other-need-unsaid",
                        "join/safety", "access-needs-other", () -> {
                            contactGiven();
                            open("join/safety");
                            choose("vaadin-checkbox-group#safe-channels vaadin-checkbox", "Text message");
                            choose("vaadin-checkbox-group#access-needs vaadin-checkbox", "Something else");
                            clickButton("continue");
                        }),
                participant("Contact safety: answers too long", "too-long", "join/safety", "safe-note", () -> {
                    contactGiven();
                    open("join/safety");
                    choose("vaadin-checkbox-group#safe-channels vaadin-checkbox", "Text message");
                    choose("vaadin-checkbox-group#access-needs vaadin-checkbox", "Something else");
                    setText("safe-note", "n".repeat(ContactSafety.SAFE_NOTE_MAX_LENGTH + 1));
                    setText("language", "l".repeat(ContactSafety.PREFERRED_LANGUAGE_MAX_LENGTH + 1));
                    setText("access-needs-other", "o".repeat(ContactSafety.ACCESS_NEEDS_OTHER_MAX_LENGTH + 1));
                    clickButton("continue");
                }),
                participant("Privacy: not agreed", "not-agreed", "join/privacy", "agree", () -> {
                    open("join/privacy");
                    clickButton("continue");
                }),
                participant("Check your answers: already registered", "already-registered", "join/check", null,
                        this::registerAgain),
                participant("Sign in: nothing typed", "nothing-typed", "sign-in", "contact", () -> {
                    open("sign-in");
                    clickButton("send-code");
                }),
                participant("Sign in: wrong code", "wrong-code", "sign-in", "code", () -> {
                    var mobile = nextMobile();
                    signedUp("Signing in", mobile);
                    open("sign-in");
                    input("contact").sendKeys(mobile);
                    clickButton("send-code");
                    waitForCodeField();
                    input("code").sendKeys(wrong(codeSentTo(mobile.replace(" ", "").substring(1))));
                    clickButton("continue");
                }),
                staff("Your page: contact safety with no day ticked", "no-day", "account/contact-safety",
                        Roles.PARTICIPANT, "safe-days", () -> {
                            open("account/contact-safety");
                            untickAll("safe-days");
                            clickButton("save");
                        }),
                staff("Staff sign in: wrong password", "wrong-password", "staff/sign-in", null, "sign-in-form", () -> {
                    staffDirectory.ensureAccount("e2e-mistyped", "Test mistyped", Roles.SUPPORT, TEST_PASSWORD);
                    open("staff/sign-in");
                    find("vaadin-login-form input[name='username']").sendKeys("e2e-mistyped");
                    find("vaadin-login-form input[name='password']").sendKeys("not-" + TEST_PASSWORD, Keys.ENTER);
                    new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("?error"));
                    waitForVaadin();
                }),
                staff("Approvals: declined without a reason", "no-reason", "staff/approvals", Roles.APPROVER,
                        "approvals-reason", () -> {
                            signedUp(SIGNED_UP_NAME, nextMobile());
                            open("staff/approvals");
                            driver.findElements(By.cssSelector("vaadin-button")).stream()
                                    .filter(b -> b.getText().strip().equals("Open " + SIGNED_UP_NAME))
                                    .findFirst().orElseThrow(() -> new AssertionError("No sign-up to open"))
                                    .click();
                            new WebDriverWait(driver, WAIT).until(d -> !d.findElements(
                                    By.cssSelector("vaadin-button#approvals-decline")).isEmpty());
                            clickButton("approvals-decline");
                        }),
                staff("Referral codes: code not in the right format", "code-format", "staff/referral-codes",
                        Roles.ADMIN, "referral-code", () -> addReferralCode("no spaces please", "A partner")),
                staff("Referral codes: code already used", "code-taken", "staff/referral-codes", Roles.ADMIN,
                        "referral-code", () -> {
                            var code = "TAKEN-" + numbers.incrementAndGet();
                            addReferralCode(code, "First partner");
                            addReferralCode(code, "Second partner");
                        }),
                staff("Referral codes: no partner name", "partner-missing", "staff/referral-codes", Roles.ADMIN,
                        "referral-partner", () -> addReferralCode("NO-PARTNER", " ")),
                staff("Forum: capacity 0", "capacity-zero", "staff/forums/open", Roles.COORDINATOR, "forum-capacity",
                        () -> {
                            open("staff/forums/open");
                            setText("forum-capacity", "0");
                            clickButton("forum-save");
                        }),
                staff("Forum: description with web page code", "description-markup", "staff/forums/open",
                        Roles.COORDINATOR, "forum-description", () -> {
                            open("staff/forums/open");
                            setText("forum-description", "Welcome <script>alert('hello')</script>");
                            clickButton("forum-save");
                        }),
                staff("Forum reminders: 0 days before", "reminder-days-range", "staff/forums/open",
                        Roles.COORDINATOR, "reminder-days-1", () -> {
                            open("staff/forums/open");
                            setText("reminder-days-1", "0");
                            clickButton("reminders-save");
                        }),
                staff("Forum reminders: the same number of days twice", "reminder-days-twice", "staff/forums/open",
                        Roles.COORDINATOR, "reminder-days-3", () -> {
                            open("staff/forums/open");
                            setText("reminder-days-3", "7");
                            clickButton("reminders-save");
                        }),
                staff("Forum reminders: time not like 10:00", "reminder-time-format", "staff/forums/open",
                        Roles.COORDINATOR, "reminder-time", () -> {
                            open("staff/forums/open");
                            setText("reminder-time", "ten");
                            clickButton("reminders-save");
                        }),
                staff("Forum reminders: time at night", "reminder-time-night", "staff/forums/open",
                        Roles.COORDINATOR, "reminder-time", () -> {
                            open("staff/forums/open");
                            setText("reminder-time", "21:00");
                            clickButton("reminders-save");
                        }),
                staff("Schedule meetings: first meeting in the past", "in-the-past", "staff/meetings/new",
                        Roles.COORDINATOR, "series-day", () -> scheduleMeetings(LocalDate.of(2020, 3, 3), "20:00", "6",
                                "Community Room, 1 Example Street")),
                staff("Schedule meetings: ends before it starts", "end-before-start", "staff/meetings/new",
                        Roles.COORDINATOR, "series-end", () -> scheduleMeetings(inTwoMonths(), "17:00", "6",
                                "Community Room, 1 Example Street")),
                staff("Schedule meetings: every 0 weeks", "interval-zero", "staff/meetings/new", Roles.COORDINATOR,
                        "series-interval", () -> scheduleMeetings(inTwoMonths(), "20:00", "0",
                                "Community Room, 1 Example Street")),
                staff("Schedule meetings: no venue and no link", "no-place", "staff/meetings/new", Roles.COORDINATOR,
                        "series-address", () -> scheduleMeetings(inTwoMonths(), "20:00", "6", "")),
                staff("Meeting: moved into the past", "moved-past", "staff/meetings/{meeting}", Roles.COORDINATOR,
                        "meeting-day", () -> {
                            open(at("staff/meetings/{meeting}"));
                            setText("meeting-year", "2020");
                            clickButton("meeting-save");
                        }),
                staff("Meeting: answer not chosen", "no-answer", "meetings/{meeting}", Roles.PARTICIPANT,
                        "rsvp-answer", () -> {
                            open(at("meetings/{meeting}"));
                            clickButton("rsvp-save");
                        }),
                staff("Topics: nothing typed", "topic-empty", "meetings/{meeting}/topics", Roles.PARTICIPANT,
                        "topic-text", () -> {
                            open(at("meetings/{meeting}/topics"));
                            clickButton("topic-suggest");
                        }),
                staff("Topics: a suggestion of 5,000 characters", "topic-too-long", "meetings/{meeting}/topics",
                        Roles.PARTICIPANT, "topic-text", () -> {
                            open(at("meetings/{meeting}/topics"));
                            setText("topic-text", "t".repeat(5_000));
                            clickButton("topic-suggest");
                        }),
                staff("Topics: web page code", "topic-markup", "meetings/{meeting}/topics", Roles.PARTICIPANT,
                        "topic-text", () -> {
                            open(at("meetings/{meeting}/topics"));
                            setText("topic-text", "<script>alert('hello')</script>");
                            clickButton("topic-suggest");
                        }),
                staff("Agenda: empty item", "item-empty", "staff/meetings/{meeting}/agenda", Roles.COORDINATOR,
                        "agenda-item-text", () -> {
                            open(at("staff/meetings/{meeting}/agenda"));
                            clickButton("agenda-item-add");
                        }),
                staff("Agenda: publishing days out of range", "days", "staff/meetings/{meeting}/agenda",
                        Roles.COORDINATOR, "agenda-publish-days", () -> {
                            open(at("staff/meetings/{meeting}/agenda"));
                            setText("agenda-publish-days", "-3");
                            clickButton("agenda-publish");
                        }),
                staff("Attendance: nobody marked", "none-marked", "staff/meetings/{meeting-now}/attendance",
                        Roles.COORDINATOR, null, () -> {
                            open(at("staff/meetings/{meeting-now}/attendance"));
                            clickButton("attendance-save-all");
                        }),
                staff("Adjustments: nothing asked for", "nothing-asked", "meetings/{meeting}/adjustments",
                        Roles.PARTICIPANT, "adjustment-needs", () -> {
                            open(at("meetings/{meeting}/adjustments"));
                            clickButton("send-adjustments");
                        }),
                staff("Adjustments: too long", "too-long", "meetings/{meeting}/adjustments", Roles.PARTICIPANT,
                        "adjustment-details", () -> {
                            open(at("meetings/{meeting}/adjustments"));
                            setText("adjustment-details", "a".repeat(501));
                            clickButton("send-adjustments");
                        }),
                staff("Support: when not chosen", "no-timing", "meetings/{meeting}/support", Roles.PARTICIPANT,
                        "support-timing", () -> {
                            open(at("meetings/{meeting}/support"));
                            clickButton("send-support");
                        }),
                staff("Answer: nothing written", "answer-empty", "voice/questions/{question}", Roles.PARTICIPANT,
                        "voice-answer-text", () -> {
                            open(at("voice/questions/{question}"));
                            clickButton("voice-answer-send");
                        }),
                staff("Answer: 10,000 characters", "answer-too-long", "voice/questions/{question}",
                        Roles.PARTICIPANT, "voice-answer-text", () -> {
                            open(at("voice/questions/{question}"));
                            setText("voice-answer-text", "a".repeat(10_000));
                            clickButton("voice-answer-send");
                        }),
                new ErrorState("Answer: looks like it has a phone number (hint)", "answer-hint",
                        "voice/questions/{question}", Roles.PARTICIPANT, null, () -> {
                            open(at("voice/questions/{question}"));
                            input("voice-answer-text").sendKeys("Ring me on 07700 900123 if you like");
                        }, "voice-answer-hint"),
                participant("Receipt code: nothing typed", "receipt-empty", "voice/receipt", "receipt-code", () -> {
                    open("voice/receipt");
                    clickButton("receipt-check");
                }),
                participant("Receipt code: not found", "receipt-not-found", "voice/receipt", "receipt-code", () -> {
                    open("voice/receipt");
                    input("receipt-code").sendKeys("maple-river-candle-00");
                    clickButton("receipt-check");
                }),
                participant("Receipt code: too many tries", "receipt-too-many", "voice/receipt", "receipt-code",
                        () -> {
                            open("voice/receipt");
                            input("receipt-code").sendKeys("maple-river-candle-00");
                            for (int i = 0; i < 11; i++) {
                                clickButton("receipt-check");
                                waitForVaadin();
                            }
                        }),
                staff("Support request: empty note", "note-empty", "staff/support/{request}", Roles.SUPPORT,
                        "note-text", () -> {
                            open(at("staff/support/{request}"));
                            clickButton("add-note");
                        }),
                staff("Moderation: the words to keep left empty", "words-empty", "staff/questions/{voice-released}",
                        Roles.COORDINATOR, "redact-1", () -> {
                            open(at("staff/questions/{voice-released}"));
                            setText("redact-1", "");
                            clickButton("save-text-1");
                        }),
                staff("Moderation: an insight without a title", "insight-no-title",
                        "staff/questions/{voice-released}", Roles.COORDINATOR, "insight-title", () -> {
                            open(at("staff/questions/{voice-released}"));
                            clickButton("create-insight");
                        }),
                staff("Sign-off: sent back without a reason", "no-reason", "staff/sign-off/{voice-submitted}",
                        Roles.APPROVER, "return-reason", () -> {
                            open(at("staff/sign-off/{voice-submitted}"));
                            clickButton("return-batch");
                        }),
                staff("Bulk send: no message chosen", "no-template", "staff/messages/bulk", Roles.COORDINATOR,
                        "bulk-template", () -> {
                            openBulkSend();
                            clickButton("bulk-preview");
                        }),
                staff("Bulk send: a reminder without a meeting", "no-meeting", "staff/messages/bulk",
                        Roles.COORDINATOR, "bulk-meeting", () -> {
                            openBulkSend();
                            choose("vaadin-radio-group#bulk-template vaadin-radio-button", "meeting-reminder");
                            clickButton("bulk-preview");
                        }),
                staff("Bulk send: nobody matches", "nobody", "staff/messages/bulk", Roles.COORDINATOR, "bulk-forums",
                        () -> {
                            bulkReminderChosen();
                            choose("vaadin-radio-group#bulk-membership vaadin-radio-button", "People on the waiting");
                            choose("vaadin-radio-group#bulk-rsvp vaadin-radio-button", "Said they are not coming");
                            clickButton("bulk-preview");
                        }),
                staff("Bulk send: a date that does not exist", "no-such-date", "staff/messages/bulk",
                        Roles.COORDINATOR, "bulk-day", () -> scheduleBulkSend("31", "2", "2040", "10", "00")),
                staff("Bulk send: a time in the past", "in-the-past", "staff/messages/bulk", Roles.COORDINATOR,
                        "bulk-day", () -> scheduleBulkSend("1", "1", "2020", "10", "00")),
                staff("Bulk send: a time that does not exist", "no-such-time", "staff/messages/bulk",
                        Roles.COORDINATOR, "bulk-hour", () -> scheduleBulkSend("1", "1", "2040", "25", "00")),
                staff("Message template: unknown placeholder", "unknown-placeholder", TEMPLATE, Roles.COORDINATOR,
                        "template-sms-discreet", () -> {
                            open(TEMPLATE);
                            typeInTemplate("template-sms-discreet", "See you on ((meetng_day)) at ((meeting_time)).");
                            clickButton("template-save");
                        }),
                staff("Message template: empty text", "empty-text", TEMPLATE, Roles.COORDINATOR, "template-sms-full",
                        () -> {
                            open(TEMPLATE);
                            typeInTemplate("template-sms-full", "");
                            clickButton("template-save");
                        }),
                staff("Question: nothing filled in", "question-empty", "staff/questions/new", Roles.COORDINATOR,
                        "question-title", () -> {
                            openQuestionForm();
                            clickButton("question-post");
                        }),
                staff("Question: a date that does not exist", "question-no-such-date", "staff/questions/new",
                        Roles.COORDINATOR, "question-opens-day", () -> postQuestion("31", "2", "2040", "1", "3", "2040")),
                staff("Question: closes before it opens", "question-closes-first", "staff/questions/new",
                        Roles.COORDINATOR, "question-closes-day", () -> postQuestion("10", "3", "2040", "1", "3", "2040")),
                staff("Question in a consultation: nothing filled in", "consultation-question-empty",
                        "staff/questions/new?consultation={consultation}", Roles.COORDINATOR, "question-title", () -> {
                            open(at("staff/questions/new?consultation={consultation}"));
                            clickButton("question-post");
                        }),
                staff("Consultation: nothing filled in", "consultation-empty", "staff/consultations/new",
                        Roles.COORDINATOR, "consultation-title", () -> {
                            open("staff/consultations/new");
                            clickButton("consultation-create");
                        }),
                staff("Consultation: web page code in the title", "consultation-markup", "staff/consultations/new",
                        Roles.COORDINATOR, "consultation-title", () -> {
                            open("staff/consultations/new");
                            setText("consultation-title", "Plan <script>alert('hello')</script>");
                            setText("consultation-summary", "What the plan should do first.");
                            clickButton("consultation-create");
                        }),
                new ErrorState("Message template: a text of 3 messages (warning)", "three-messages", TEMPLATE,
                        Roles.COORDINATOR, null, () -> {
                            open(TEMPLATE);
                            typeInTemplate("template-sms-full", "Your forum meeting is on ((meeting_day)) at "
                                    + "((meeting_time)). " + "Please bring this letter with you. ".repeat(8));
                        }, "template-sms-full-warning"),
                staff("You said, we did: nothing typed", "nothing-typed", WE_DID_NEW, Roles.COORDINATOR, "we-did-said",
                        () -> {
                            open(WE_DID_NEW);
                            clickButton("we-did-save");
                        }),
                staff("You said, we did: not possible without a reason", "no-reason", WE_DID_NEW, Roles.COORDINATOR,
                        "we-did-reason", () -> newWeDid("Not possible", "", "", "", "")),
                staff("You said, we did: a due date that does not exist", "no-such-date", WE_DID_NEW,
                        Roles.COORDINATOR, "we-did-day", () -> newWeDid("Planned", "31", "2", "2031", "")),
                staff("You said, we did: web page code", "markup", WE_DID_NEW, Roles.COORDINATOR, "we-did-said",
                        () -> newWeDid("Planned", "", "", "", "<script>alert('hello')</script>")),
                staff("You said, we did: someone else saved first", "saved-first", "staff/we-did/{action}",
                        Roles.COORDINATOR, null, () -> {
                            open(at("staff/we-did/{action}"));
                            setText("we-did-will-do", "My own careful words");
                            var weDid = context.getBean(WeDid.class);
                            var id = java.util.UUID.fromString(seeded.get("{action}"));
                            var current = weDid.find(id).orElseThrow();
                            var entry = current.entry();
                            weDid.change(new ForumManager("e2e-coordinator", false), id, current.version(),
                                    new NewWeDid(entry.said(), entry.willDo(), entry.owner(), entry.status(),
                                            entry.statusReason(), entry.dueOn(), Set.copyOf(entry.forumCodes()),
                                            Set.copyOf(entry.insightIds())), null);
                            clickButton("we-did-save");
                        }),
                staff("Voucher budgets: money added without a reason", "no-reason", BUDGETS, Roles.ADMIN,
                        "budgets-reason", () -> addToBudget("MOPAC", "500", "")),
                staff("Voucher budgets: an amount that is not money", "amount-format", BUDGETS, Roles.ADMIN,
                        "budgets-amount", () -> addToBudget("MOPAC", "ten pounds", "Top-up")),
                staff("Voucher budgets: beyond the City of London cap", "over-cap", BUDGETS, Roles.ADMIN,
                        "budgets-amount", () -> addToBudget("City of London", "1000000", "More than the cap")),
                staff("Voucher values: a value that is not money", "value-format", "staff/vouchers/rules",
                        Roles.ADMIN, "rules-value", () -> {
                            open("staff/vouchers/rules");
                            setText("rules-value", "twenty");
                            clickButton("rules-save");
                        }),
                staff("Vouchers: sign-off refused, the approver recorded the attendance", "four-eyes",
                        "staff/vouchers/meetings/{vouchers-own}", Roles.APPROVER, null, () -> {
                            open(at("staff/vouchers/meetings/{vouchers-own}"));
                            clickButton("vouchers-sign-off-all");
                        }),
                staff("Vouchers: sign-off refused, no budget left", "no-budget",
                        "staff/vouchers/meetings/{vouchers-no-budget}", Roles.APPROVER, null, () -> {
                            open(at("staff/vouchers/meetings/{vouchers-no-budget}"));
                            clickButton("vouchers-sign-off-all");
                            clickButton("sign-off-all-confirm");
                        }),
                staff("Voucher codes: a supplier file with problems", "codes-refused", "staff/vouchers/codes",
                        Roles.COORDINATOR, null, () -> uploadCodes("code,value,expires\nAUDIT-TWICE-1,25.00,\n\n"
                                + "AUDIT-TWICE-1,25.00,\nshort,9999,2020-01-01\n")));
    }

    /** Chooses a file of codes on the codes page, as the "Choose a CSV file" button's file input would. */
    private void uploadCodes(String csv) throws java.io.IOException {
        open("staff/vouchers/codes");
        var file = java.nio.file.Files.createTempFile("supplier-codes", ".csv");
        file.toFile().deleteOnExit();
        java.nio.file.Files.writeString(file, csv);
        var input = (org.openqa.selenium.WebElement) js("const u = document.getElementById('vouchers-codes-upload');"
                + " return (u.$ && u.$.fileInput) || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'))"
                + " || u.querySelector('input[type=file]');");
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private static final String BUDGETS = "staff/vouchers/budgets";

    /** Adds money to this year's budget of a sponsor on the budgets page. */
    private void addToBudget(String sponsor, String amount, String reason) {
        open(BUDGETS);
        choose("vaadin-radio-group#budgets-sponsor vaadin-radio-button", sponsor);
        waitForVaadin();
        setText("budgets-amount", amount);
        setText("budgets-reason", reason);
        clickButton("budgets-add");
    }

    private static final String WE_DID_NEW = "staff/we-did/new";

    /** Fills the new "we did" entry for the open forum (the only one the audit's coordinator looks after) and saves it. */
    private void newWeDid(String status, String day, String month, String year, String said) {
        open(WE_DID_NEW);
        setText("we-did-said", said.isEmpty() ? "The waiting room at the station did not feel private" : said);
        setText("we-did-will-do", "Ask the station to set aside a private room for forum members");
        choose("vaadin-radio-group#we-did-owner vaadin-radio-button", "The forum facilitator");
        choose("vaadin-radio-group#we-did-status vaadin-radio-button", status);
        waitForVaadin();
        setText("we-did-day", day);
        setText("we-did-month", month);
        setText("we-did-year", year);
        clickButton("we-did-save");
    }

    /** The bulk send page with the open forum (the one the audit's coordinator looks after) ticked. */
    private void openBulkSend() {
        open("staff/messages/bulk");
        js("""
                const box = [...document.querySelectorAll('vaadin-checkbox-group#bulk-forums vaadin-checkbox')]
                    .find(b => b.textContent.trim().startsWith('Open forum'));
                if (box && !box.checked) box.click();
                """);
        waitForVaadin();
    }

    /** The question form with the open forum (the one the audit's coordinator looks after) ticked. */
    private void openQuestionForm() {
        open("staff/questions/new");
        js("""
                const box = [...document.querySelectorAll('vaadin-checkbox-group#question-forums vaadin-checkbox')]
                    .find(b => b.textContent.trim().startsWith('Open forum'));
                if (box && !box.checked) box.click();
                """);
        waitForVaadin();
    }

    /** A question with a title and words, opening and closing on the days given, posted. */
    private void postQuestion(String openDay, String openMonth, String openYear, String closeDay, String closeMonth,
            String closeYear) {
        openQuestionForm();
        setText("question-title", "Getting home after meetings");
        setText("question-prompt", "How do you usually get home after a forum meeting?");
        setText("question-opens-day", openDay);
        setText("question-opens-month", openMonth);
        setText("question-opens-year", openYear);
        setText("question-closes-day", closeDay);
        setText("question-closes-month", closeMonth);
        setText("question-closes-year", closeYear);
        clickButton("question-post");
    }

    /** A meeting reminder for the seeded meeting, previewed, with "schedule it for later" chosen. */
    private void bulkReminderChosen() {
        openBulkSend();
        choose("vaadin-radio-group#bulk-template vaadin-radio-button", "meeting-reminder");
        choose("vaadin-radio-group#bulk-meeting vaadin-radio-button", "Open forum: ");
        waitForVaadin();
    }

    private void scheduleBulkSend(String day, String month, String year, String hour, String minute) {
        bulkReminderChosen();
        clickButton("bulk-preview");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("bulk-count")).isEmpty());
        waitForVaadin();
        choose("vaadin-radio-group#bulk-mode vaadin-radio-button", "Schedule it for later");
        waitForVaadin();
        setText("bulk-day", day);
        setText("bulk-month", month);
        setText("bulk-year", year);
        setText("bulk-hour", hour);
        setText("bulk-minute", minute);
        clickButton("bulk-continue");
    }

    @TestFactory
    Stream<DynamicNode> every_error_state_takes_focus_links_to_its_field_and_meets_wcag_22_aa() {
        seeded.putAll(AuditSeeds.meetingsAndRequests(context));
        var states = states();
        return IntStream.range(0, states.size()).mapToObj(i -> checks(i, states.get(i)));
    }

    @AfterAll
    static void writeSummary() {
        AuditReports.writeSummary();
    }

    private DynamicContainer checks(int order, ErrorState state) {
        var reached = new boolean[1];
        var tests = new ArrayList<DynamicTest>();
        tests.add(DynamicTest.dynamicTest(state.warning() != null ? "the warning is shown"
                : "the error summary takes focus and the title starts with Error:", () -> {
            bringAbout(state);
            reached[0] = true;
        }));
        for (var width : PageAudit.WIDTHS) {
            tests.add(DynamicTest.dynamicTest("meets WCAG 2.2 AA at " + width + " px", () -> {
                assertTrue(reached[0], "the error state was not reached: see the test before this one");
                audit(order, state, width);
            }));
        }
        if (state.field() != null) {
            tests.add(DynamicTest.dynamicTest("the summary links to #" + state.field(), () -> {
                assertTrue(reached[0], "the error state was not reached: see the test before this one");
                summaryLinkFocuses(state.field());
            }));
        }
        return DynamicContainer.dynamicContainer(state.name(), tests);
    }

    private void bringAbout(ErrorState state) throws Throwable {
        // A new session: signed out, nothing typed, at the width a phone has.
        driver.manage().deleteAllCookies();
        Chromium.setViewportWidth(driver, PageAudit.WIDTHS.getFirst(), PageAudit.HEIGHT);
        if (state.role() != null) {
            signInAs(state.role());
        }
        state.bringAbout().execute();
        if (state.warning() != null) {
            try {
                new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js(
                        "const w = document.getElementById(arguments[0]); return !!w && !w.hidden && w.offsetHeight > 0",
                        state.warning())));
            } catch (TimeoutException e) {
                fail("No warning #" + state.warning() + " on " + driver.getCurrentUrl());
            }
            waitForVaadin();
            assertThat(driver.getCurrentUrl()).as("still on the page").startsWith(url(at(state.page())));
            return;
        }

        try {
            new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js(
                    "const s = document.querySelector('.error-summary'); return !!s && !s.hidden && s.offsetHeight > 0")));
        } catch (TimeoutException e) {
            fail("No error summary on " + driver.getCurrentUrl() + "; the page says: " + find("main").getText());
        }
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).as("still on the page").startsWith(url(at(state.page())));
        try {
            new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(
                    js("return document.activeElement.classList.contains('error-summary')")));
        } catch (TimeoutException e) {
            fail("The error summary did not take focus; focus is on " + describeFocus());
        }
        try {
            new WebDriverWait(driver, WAIT).until(d -> d.getTitle().startsWith("Error:"));
        } catch (TimeoutException e) {
            fail("The title does not start with \"Error:\": " + driver.getTitle());
        }
        var summary = find(".error-summary");
        assertThat(summary.getText()).contains("There is a problem");
        if (state.field() != null) {
            assertThat(summary.findElements(By.cssSelector("a"))).as("links in the summary").isNotEmpty();
            // Vaadin's fields say "invalid"; its sign-in form says "error".
            assertThat(js("const f = document.getElementById(arguments[0]);"
                    + " return f.hasAttribute('invalid') || f.hasAttribute('error')", state.field()))
                    .as("#" + state.field() + " shows its error").isEqualTo(true);
        }
    }

    private void audit(int order, ErrorState state, int width) {
        Chromium.setViewportWidth(driver, width, PageAudit.HEIGHT);
        assertThat(js("return window.innerWidth")).as("viewport width in CSS px").isEqualTo((long) width);
        var audit = PageAudit.of(driver, width);
        AuditReports.write(state.reportStem(), audit.wcag(), new AuditReports.Row(AuditReports.Table.ERROR_STATES,
                order, state.name(), "/" + state.page(), width, state.who(), audit.bestPracticeNote()));
        if (!audit.problems().isEmpty()) {
            fail(state.name() + " at " + width + " px:\n  " + String.join("\n  ", audit.problems()));
        }
    }

    private void summaryLinkFocuses(String field) {
        var page = driver.getCurrentUrl();
        js("document.querySelector('.error-summary').focus()");
        tabTo(".error-summary a", null);
        press(Keys.ENTER);
        var target = "#" + field + " :is(input, textarea)";
        try {
            new WebDriverWait(driver, WAIT).until(d -> activeMatches(target, null));
        } catch (TimeoutException e) {
            fail("The error summary link did not move focus to " + target + "; focus is on " + describeFocus()
                    + " at " + driver.getCurrentUrl());
        }
        assertThat(driver.getCurrentUrl()).as("the link stays on the page").isEqualTo(page);
        assertThat(find(".error-summary").isDisplayed()).as("the errors are still shown").isTrue();
    }

    private ErrorState participant(String name, String slug, String page, @Nullable String field, Executable steps) {
        return new ErrorState(name, slug, page, null, field, steps);
    }

    private ErrorState staff(String name, String slug, String page, @Nullable String role, @Nullable String field,
            Executable steps) {
        return new ErrorState(name, slug, page, role, field, steps);
    }

    /** A seeded template; the states here are refused or only typed, so it stays as seeded. */
    private static final String TEMPLATE = "staff/templates/meeting-reminder";

    /**
     * Types into a template field as a person would (its value follows typing after a pause, so a
     * value set by script would not reach the server) and waits for the preview to follow.
     */
    private void typeInTemplate(String id, String text) throws InterruptedException {
        var field = input(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
        Thread.sleep(700);
        waitForVaadin();
    }

    /** Fills the schedule form for the one forum the test coordinator looks after, and presses Create. */
    private void scheduleMeetings(LocalDate first, String end, String interval, String address) {
        open("staff/meetings/new");
        setText("series-day", String.valueOf(first.getDayOfMonth()));
        setText("series-month", String.valueOf(first.getMonthValue()));
        setText("series-year", String.valueOf(first.getYear()));
        setText("series-end", end);
        setText("series-interval", interval);
        setText("series-address", address);
        clickButton("series-create");
    }

    private static LocalDate inTwoMonths() {
        return LocalDate.now(java.time.ZoneId.of("Europe/London")).plusMonths(2);
    }

    /** A page's path with the seeded ids in place of its placeholders. */
    private String at(String page) {
        var path = page;
        for (var id : seeded.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        return path;
    }

    private String nextMobile() {
        return "07700 900 " + numbers.incrementAndGet();
    }

    /** Gives a mobile and an email address on the contact step, and is then asked for a code. */
    private String contactGiven() {
        var mobile = nextMobile();
        open("join/contact");
        input("mobile").sendKeys(mobile);
        input("email").sendKeys("person" + numbers.incrementAndGet() + "@example.org");
        clickButton("continue");
        waitForUrl("join/verify");
        return mobile;
    }

    /** Gives a mobile and has a code sent to it; returns the end of the number the code went to. */
    private String codeSent() {
        var mobile = nextMobile();
        open("join/contact");
        input("mobile").sendKeys(mobile);
        clickButton("continue");
        waitForUrl("join/verify");
        clickButton("send-code");
        waitForCodeField();
        return mobile.replace(" ", "").substring(1);
    }

    /** Presses Continue with what is in the code field until it has been tried {@code tries} times. */
    private void tryCode(int tries) {
        for (int i = 0; i < tries; i++) {
            clickButton("continue");
            waitForVaadin();
        }
    }

    private void untickAll(String groupId) {
        for (var box : driver.findElements(By.cssSelector("vaadin-checkbox-group#" + groupId + " vaadin-checkbox[checked]"))) {
            box.click();
        }
        waitForVaadin();
    }

    /** Puts long text in a field at once, as a paste would; typing it key by key adds nothing. */
    private void setText(String id, String text) {
        js("""
                const field = document.getElementById(arguments[0]);
                field.value = arguments[1];
                field.dispatchEvent(new CustomEvent('change', {bubbles: true}));
                """, id, text);
        waitForVaadin();
    }

    /**
     * Someone who registered before goes through the whole sign-up again with the same mobile,
     * and is refused when they send it.
     */
    /**
     * A phone someone else registered, given beside a new email address that is the one proved:
     * proving a registered contact signs that person in, so only an unproved one can reach the end.
     */
    private void registerAgain() {
        var mobile = nextMobile();
        signedUp("Registered before", mobile);
        var email = "new" + numbers.incrementAndGet() + "@example.org";
        open("join/contact");
        input("mobile").sendKeys(mobile);
        input("email").sendKeys(email);
        clickButton("continue");
        waitForUrl("join/verify");
        choose("vaadin-radio-group#where vaadin-radio-button", "By email");
        clickButton("send-code");
        waitForCodeField();
        input("code").sendKeys(codeSentTo(email));
        clickButton("continue");
        waitForUrl("join/forums");
        choose("vaadin-checkbox-group#forums vaadin-checkbox", "Open forum");
        clickButton("continue");
        waitForUrl("join/safety");
        clickButton("continue");
        waitForUrl("join/heard-from");
        clickButton("continue");
        waitForUrl("join/equality");
        clickButton("skip");
        waitForUrl("join/privacy");
        choose("vaadin-checkbox-group#agree vaadin-checkbox", "I have read how my information");
        choose("vaadin-checkbox-group#agree vaadin-checkbox", "I agree to be contacted");
        clickButton("continue");
        waitForUrl("join/check");
        clickButton("send");
    }

    private void signedUp(String name, String mobile) {
        var e164 = "+44" + mobile.replace(" ", "").substring(1);
        signUps.submit(new NewRegistration(name, null, e164, null, ChannelType.SMS, e164, null, null, Set.of("open"),
                new ContactSafety(EnumSet.of(ChannelType.SMS), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), true, "", "", Set.of(), ""),
                EqualityAnswers.skipped(), 1, true));
    }

    private void addReferralCode(String code, String partner) {
        open("staff/referral-codes");
        input("referral-code").sendKeys(code);
        input("referral-partner").sendKeys(partner);
        clickButton("referral-add");
        waitForVaadin();
    }
}
