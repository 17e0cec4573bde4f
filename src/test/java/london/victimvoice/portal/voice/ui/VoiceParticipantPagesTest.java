package london.victimvoice.portal.voice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.participants.ParticipantAccounts;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.SignedInAs;
import london.victimvoice.portal.voice.ActionOwner;
import london.victimvoice.portal.voice.ActionStatus;
import london.victimvoice.portal.voice.AnswerDraft;
import london.victimvoice.portal.voice.AnswerRefused;
import london.victimvoice.portal.voice.Answers;
import london.victimvoice.portal.voice.ChoicePart;
import london.victimvoice.portal.voice.NewQuestion;
import london.victimvoice.portal.voice.Questions;
import london.victimvoice.portal.voice.ReceiptLookup;
import london.victimvoice.portal.voice.SubscriptionKind;
import london.victimvoice.portal.voice.VoiceSubscriptions;
import london.victimvoice.portal.voice.WeDid;
import london.victimvoice.portal.voice.WeDidEntry;

/**
 * The participants' anonymous-voice pages: their questions, answering one (every refusal, the
 * receipt code shown once), checking an answer by its code, and their choices. Answers is the
 * real service, spied on only where a refusal cannot be brought about through the page; "we did"
 * entries come from a stand-in until their owner's service exists.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@Import(VoiceParticipantPagesTest.Config.class)
class VoiceParticipantPagesTest extends SpringBrowserlessTest {

    static final String FORUM = "black-communities";
    static final ForumManager ADMIN = new ForumManager("admin-ada", true);
    /** Monday 3 February 2031, 10am London time (GMT). */
    static final Instant NOW = Instant.parse("2031-02-03T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2031, 2, 3);
    static final String MARKUP = "<script>alert('x')</script><b>bold</b>";

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    Questions questions;

    @MockitoSpyBean
    Answers answers;

    @MockitoBean
    WeDid weDid;

    @Autowired
    VoiceSubscriptions subscriptions;

    @Autowired
    ParticipantAccounts accounts;

    UUID member;
    UUID question;

    @BeforeEach
    void aMemberSignedInWithAnOpenQuestion() {
        clock.set(NOW);
        member = TestMembers.member(context, "Noor", FORUM);
        question = post("Buses at night", TODAY, TODAY.plusDays(7));
        SignedInAs.participant(member);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        Mockito.reset(answers, weDid);
    }

    private UUID post(String title, LocalDate opens, LocalDate closes) {
        return questions.post(ADMIN, new NewQuestion(title, "How safe do you feel on buses at night?",
                "Please do not include names or places.", Set.of(FORUM), null,
                new ChoicePart("How often do you take the bus at night?", List.of("Most nights", "Sometimes", "Never")),
                "How safe do you feel?", opens, closes));
    }

    // --- /voice ---

    @Test
    void the_list_shows_open_questions_with_the_last_day_and_which_are_answered() {
        navigate("voice", VoiceHomeView.class);

        var card = find(Div.class).id("voice-question-" + question);
        assertThat(card.getElement().getTextRecursively()).contains("Buses at night",
                "Open until the end of Monday 10 February").doesNotContain("Answered");
        assertThat(find(Anchor.class).id("voice-receipt-link").getHref()).isEqualTo("voice/receipt");
        assertThat(find(Anchor.class).id("voice-we-did-link").getHref()).isEqualTo("voice/we-did");
        assertThat(find(Anchor.class).id("voice-settings-link").getHref()).isEqualTo("voice/settings");

        answers.submit(member, question, new AnswerDraft("Not very safe", null, null));
        navigate("voice", VoiceHomeView.class);
        assertThat(find(Span.class).id("voice-answered-" + question).getText()).isEqualTo("Answered");
    }

    @Test
    void with_no_open_question_the_list_says_so() {
        clock.set(NOW.plus(Duration.ofDays(30)));

        navigate("voice", VoiceHomeView.class);

        assertThat(find(Paragraph.class).id("voice-questions-none").getText()).startsWith("There are no questions");
    }

    @Test
    void the_account_page_links_to_questions_for_you() {
        UI.getCurrent().navigate("account");

        assertThat(find(Anchor.class).id("your-voice").getHref()).isEqualTo("voice");
    }

    // --- /voice/questions/:questionId ---

    @Test
    void the_page_explains_anonymity_before_the_form_and_shows_the_guidance_and_the_limit() {
        var view = navigate("voice/questions/" + question, AnswerView.class);

        var main = view.getElement().getTextRecursively();
        assertThat(main).contains("What anonymous means here", "We keep your answer apart from your name",
                "If you mention details, such as names, places or dates, people may still recognise you.");
        assertThat(main.indexOf("What anonymous means here"))
                .isLessThan(main.indexOf("How safe do you feel on buses at night?"));
        assertThat(find(Paragraph.class).id("voice-question-guidance").getText())
                .isEqualTo("Please do not include names or places.");
        assertThat(find(Span.class).id("voice-answer-count").getText()).isEqualTo("You can write up to 2,000 characters");
        var text = find(TextArea.class).id("voice-answer-text");
        assertThat(text.getElement().getAttribute("data-max-length")).isEqualTo("2000");
        // The hint is the browser's: the text area sends nothing while someone types.
        assertThat(text.getValueChangeMode()).isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        var hint = find(Div.class).id("voice-answer-hint").getElement();
        assertThat(hint.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(hint.getAttribute("data-phone")).isEqualTo("a phone number");
        assertThat(scaleLabels()).containsExactly("1 – not at all", "2", "3", "4", "5 – very much");
    }

    @Test
    void an_answer_is_sent_and_the_receipt_code_is_shown_once() {
        var view = navigate("voice/questions/" + question, AnswerView.class);
        test(find(TextArea.class).id("voice-answer-text")).setValue("The last bus is the worst.");
        chooseOption("Sometimes");
        chooseScale("2");

        test(find(Button.class).id("voice-answer-send")).click();

        var code = find(Paragraph.class).id("voice-receipt-code").getText();
        assertThat(code).matches("[a-z]+(-[a-z]+)+-\\d+");
        assertThat(find(H1.class).id("voice-question-heading").getText()).isEqualTo("Your answer has been sent");
        assertThat(find(Div.class).id("voice-receipt-keep").getElement().getTextRecursively())
                .contains("We cannot show it to you again");
        assertThat(find(Anchor.class).id("voice-receipt-link").getHref()).isEqualTo("voice/receipt");
        assertThat(find(TextArea.class).all()).isEmpty();
        assertThat(view.getPageTitle()).startsWith("Answer sent");
        assertThat(answers.hasAnswered(member, question)).isTrue();

        var again = navigate("voice/questions/" + question, AnswerView.class);
        assertThat(find(Paragraph.class).id("voice-already-answered").getText())
                .isEqualTo("You have already answered this question.");
        assertThat(again.getElement().getTextRecursively()).doesNotContain(code);
        assertThat(find(TextArea.class).all()).isEmpty();
        assertThat(find(Anchor.class).id("voice-receipt-link").getHref()).isEqualTo("voice/receipt");
    }

    @Test
    void an_empty_answer_is_refused_at_the_text() {
        var view = navigate("voice/questions/" + question, AnswerView.class);
        test(find(TextArea.class).id("voice-answer-text")).setValue("   ");

        test(find(Button.class).id("voice-answer-send")).click();

        assertThat(summary()).contains("Write your answer, or choose one of the answers below");
        assertThat(find(TextArea.class).id("voice-answer-text").isInvalid()).isTrue();
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(answers.hasAnswered(member, question)).isFalse();
    }

    @Test
    void an_empty_answer_to_a_question_of_free_text_only_asks_for_words() {
        var plain = questions.post(ADMIN, new NewQuestion("Words only", "What would help?", "", Set.of(FORUM), null,
                null, null, TODAY, TODAY.plusDays(7)));
        navigate("voice/questions/" + plain, AnswerView.class);

        test(find(Button.class).id("voice-answer-send")).click();

        assertThat(summary()).contains("Write your answer").doesNotContain("choose");
        assertThat(find(RadioButtonGroup.class).all()).isEmpty();
    }

    @Test
    void an_answer_of_ten_thousand_characters_is_refused_with_the_limit_and_kept() {
        navigate("voice/questions/" + question, AnswerView.class);
        var typed = "a".repeat(10_000);
        test(find(TextArea.class).id("voice-answer-text")).setValue(typed);

        test(find(Button.class).id("voice-answer-send")).click();

        assertThat(summary()).contains("Your answer must be 2,000 characters or fewer");
        assertThat(find(TextArea.class).id("voice-answer-text").getValue()).isEqualTo(typed);
        assertThat(answers.hasAnswered(member, question)).isFalse();
    }

    @Test
    void an_answer_after_closing_is_refused_and_the_words_are_kept() {
        navigate("voice/questions/" + question, AnswerView.class);
        test(find(TextArea.class).id("voice-answer-text")).setValue("Too late, sorry");
        clock.set(NOW.plus(Duration.ofDays(8)));

        test(find(Button.class).id("voice-answer-send")).click();

        assertThat(summary()).contains("This question has closed, so you cannot answer it now");
        assertThat(find(TextArea.class).id("voice-answer-text").getValue()).isEqualTo("Too late, sorry");
        assertThat(answers.hasAnswered(member, question)).isFalse();
    }

    @Test
    void a_second_answer_is_refused() {
        navigate("voice/questions/" + question, AnswerView.class);
        answers.submit(member, question, new AnswerDraft("First thoughts", null, null));
        test(find(TextArea.class).id("voice-answer-text")).setValue("Second thoughts");

        test(find(Button.class).id("voice-answer-send")).click();

        assertThat(summary()).contains("You have already answered this question");
        assertThat(find(TextArea.class).id("voice-answer-text").getValue()).isEqualTo("Second thoughts");
        assertThat(find(Paragraph.class).all()).noneMatch(p -> "voice-receipt-code".equals(p.getId().orElse("")));
    }

    @Test
    void an_answer_after_leaving_the_forum_is_refused() {
        navigate("voice/questions/" + question, AnswerView.class);
        accounts.leave(member, FORUM);
        test(find(TextArea.class).id("voice-answer-text")).setValue("Still want to say this");

        test(find(Button.class).id("voice-answer-send")).click();

        assertThat(summary()).contains("This question is not for your forum, so you cannot answer it");
        assertThat(find(TextArea.class).id("voice-answer-text").getValue()).isEqualTo("Still want to say this");
    }

    @ParameterizedTest
    @EnumSource(AnswerRefused.Reason.class)
    void every_refusal_has_a_clear_message_and_keeps_what_was_typed(AnswerRefused.Reason reason) {
        navigate("voice/questions/" + question, AnswerView.class);
        test(find(TextArea.class).id("voice-answer-text")).setValue("My words " + MARKUP);
        chooseOption("Sometimes");
        chooseScale("4");
        doThrow(new AnswerRefused(reason)).when(answers).submit(eq(member), eq(question), any());

        test(find(Button.class).id("voice-answer-send")).click();

        var expected = switch (reason) {
            case EMPTY -> "Write your answer, or choose one of the answers below";
            case TOO_LONG -> "Your answer must be 2,000 characters or fewer";
            case NOT_OPEN_YET -> "This question is not open yet";
            case CLOSED -> "This question has closed";
            case ALREADY_ANSWERED -> "You have already answered this question";
            case NOT_IN_AUDIENCE -> "This question is not for your forum";
            case NO_SUCH_QUESTION -> "This question no longer exists";
            case BAD_CHOICE -> "Choose one of the options given";
            case BAD_SCALE -> "Choose a number from 1 to 5";
        };
        assertThat(summary()).contains(expected).doesNotContain("!voice");
        assertThat(find(TextArea.class).id("voice-answer-text").getValue()).isEqualTo("My words " + MARKUP);
        assertThat(find(RadioButtonGroup.class).id("voice-answer-choice").getValue()).isEqualTo("Sometimes");
        assertThat(find(RadioButtonGroup.class).id("voice-answer-scale").getValue()).isEqualTo(4);
        noMarkupAnywhere();
    }

    @Test
    void a_closed_question_says_so_calmly_and_has_no_form() {
        clock.set(NOW.plus(Duration.ofDays(8)));

        navigate("voice/questions/" + question, AnswerView.class);

        assertThat(find(Paragraph.class).id("voice-closed").getText())
                .isEqualTo("This question closed at the end of Monday 10 February. You cannot answer it now. "
                        + "Thank you for looking.");
        assertThat(find(TextArea.class).all()).isEmpty();
        assertThat(find(ErrorSummary.class).all()).as("visible error summaries").isEmpty();
    }

    @Test
    void a_question_not_open_yet_says_when_and_has_no_form() {
        var later = post("Next month", TODAY.plusDays(20), TODAY.plusDays(30));

        navigate("voice/questions/" + later, AnswerView.class);

        assertThat(find(Paragraph.class).id("voice-not-open").getText())
                .isEqualTo("This question opens on Sunday 23 February. You can answer it then.");
        assertThat(find(TextArea.class).all()).isEmpty();
    }

    @Test
    void a_question_of_another_forum_or_an_unknown_one_is_not_found() {
        var other = questions.post(ADMIN, new NewQuestion("Another forum", "Prompt", "Guidance", Set.of("lgbtq"),
                null, null, null, TODAY, TODAY.plusDays(7)));

        UI.getCurrent().navigate("voice/questions/" + other);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate("voice/questions/" + UUID.randomUUID());
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate("voice/questions/not-an-id");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");

        navigate("voice", VoiceHomeView.class);
        assertThat(find(Div.class).all()).noneMatch(d -> ("voice-question-" + other).equals(d.getId().orElse("")));
    }

    @Test
    void web_page_code_in_a_question_is_shown_as_text() {
        var marked = questions.post(ADMIN, new NewQuestion("Title " + MARKUP, "Prompt " + MARKUP,
                "Guidance " + MARKUP, Set.of(FORUM), null, new ChoicePart("Choice " + MARKUP,
                        List.of("Option " + MARKUP, "Plain")), "Scale " + MARKUP, TODAY, TODAY.plusDays(7)));

        navigate("voice", VoiceHomeView.class);
        assertThat(find(Div.class).id("voice-question-" + marked).getElement().getTextRecursively())
                .contains("Title " + MARKUP);
        noMarkupAnywhere();

        navigate("voice/questions/" + marked, AnswerView.class);
        assertThat(find(H1.class).id("voice-question-heading").getText()).isEqualTo("Title " + MARKUP);
        assertThat(find(Paragraph.class).id("voice-question-prompt").getText()).isEqualTo("Prompt " + MARKUP);
        assertThat(find(Paragraph.class).id("voice-question-guidance").getText()).isEqualTo("Guidance " + MARKUP);
        noMarkupAnywhere();
    }

    @Test
    void someone_not_signed_in_is_sent_to_sign_in() {
        SignedInAs.role(SignedInAs.ANONYMOUS);

        for (var path : List.of("voice", "voice/questions/" + question, "voice/settings")) {
            UI.getCurrent().navigate(path);
            assertThat(getCurrentView().getClass().getSimpleName()).as(path).isEqualTo("SignInView");
        }
    }

    // --- /voice/receipt ---

    @Test
    void a_receipt_code_opens_the_answer_signed_out() {
        var code = answers.submit(member, question, new AnswerDraft("The last bus is the worst.", null, null));
        SignedInAs.role(SignedInAs.ANONYMOUS);
        var view = navigate("voice/receipt", ReceiptView.class);

        check(code.value());

        var found = find(Div.class).id("receipt-result").getElement().getTextRecursively();
        assertThat(found).contains("Buses at night", "Monday 3 February 2031",
                "We have your answer. Staff read answers only when enough people have answered.",
                "Nothing has been linked to your answer yet").doesNotContain("The last bus is the worst");
        assertThat(find(ErrorSummary.class).all()).as("visible error summaries").isEmpty();
        assertThat(view.getPageTitle()).doesNotStartWith("Error");
        // Signed out, there is no way back to "Questions for you" beyond the header's sign-in.
        assertThat(find(Anchor.class).all()).noneMatch(a -> a.isVisible() && "voice".equals(a.getHref()));
    }

    @Test
    void a_code_typed_in_capitals_with_spaces_round_it_is_the_same_code() {
        var code = answers.submit(member, question, new AnswerDraft("Fine", null, null));
        navigate("voice/receipt", ReceiptView.class);

        check("  " + code.value().toUpperCase(java.util.Locale.ROOT) + " ");

        assertThat(find(Div.class).id("receipt-result").getElement().getTextRecursively()).contains("Buses at night");
    }

    @Test
    void the_entries_linked_to_the_answer_are_shown_as_text() {
        var insight = UUID.randomUUID();
        doReturn(new ReceiptLookup.Found(question, "Buses " + MARKUP, TODAY, "signed-off", List.of(insight)))
                .when(answers).lookup(anyString(), anyString());
        var entry = UUID.randomUUID();
        when(weDid.linkedTo(List.of(insight))).thenReturn(List.of(
                new WeDidEntry(entry, "Buses feel unsafe " + MARKUP, "More patrols on night buses " + MARKUP,
                        ActionOwner.MPS, ActionStatus.NOT_POSSIBLE, "No budget this year " + MARKUP,
                        LocalDate.of(2031, 6, 30), List.of(FORUM), List.of(insight),
                        Instant.parse("2031-03-01T12:00:00Z"))));
        navigate("voice/receipt", ReceiptView.class);

        check("maple-river-candle-42");

        var shown = find(Div.class).id("receipt-we-did-" + entry).getElement().getTextRecursively();
        assertThat(shown).contains("Buses feel unsafe " + MARKUP, "More patrols on night buses " + MARKUP,
                "Metropolitan Police Service", "Not possible: No budget this year " + MARKUP,
                "Monday 30 June 2031", "Updated on Saturday 1 March 2031");
        assertThat(find(Div.class).id("receipt-result").getElement().getTextRecursively())
                .contains("Buses " + MARKUP, "Your answer has been read and checked");
        noMarkupAnywhere();
    }

    @Test
    void a_wrong_or_made_up_code_is_not_found_and_says_nothing_more() {
        var view = navigate("voice/receipt", ReceiptView.class);

        for (var typed : List.of("maple-river-candle-42", "not a code at all", "<script>alert(1)</script>")) {
            check(typed);
            assertThat(summary()).contains("We could not find an answer with that code. Check it and try again.");
            assertThat(find(TextField.class).id("receipt-code").isInvalid()).isTrue();
            assertThat(find(Div.class).id("receipt-result").getChildren()).isEmpty();
        }
        assertThat(view.getPageTitle()).startsWith("Error: ");
        noMarkupAnywhere();
    }

    @Test
    void nothing_typed_asks_for_the_code() {
        navigate("voice/receipt", ReceiptView.class);

        check("");

        assertThat(summary()).contains("Enter your receipt code");
    }

    @Test
    void too_many_tries_from_one_session_must_wait_even_for_the_right_code() {
        var code = answers.submit(member, question, new AnswerDraft("Fine", null, null));
        navigate("voice/receipt", ReceiptView.class);
        for (int i = 0; i < 10; i++) {
            check("wrong-guess-code-" + i);
        }

        check(code.value());

        assertThat(summary()).containsPattern("Too many tries\\. Please wait \\d+ minutes?\\.");
        assertThat(find(Div.class).id("receipt-result").getChildren()).isEmpty();
    }

    @Test
    void too_many_tries_says_how_many_minutes() {
        doReturn(new ReceiptLookup.TooManyTries(Duration.ofSeconds(61))).when(answers).lookup(anyString(), anyString());
        navigate("voice/receipt", ReceiptView.class);
        check("maple-river-candle-42");
        assertThat(summary()).contains("Too many tries. Please wait 2 minutes.");

        doReturn(new ReceiptLookup.TooManyTries(Duration.ofSeconds(20))).when(answers).lookup(anyString(), anyString());
        check("maple-river-candle-42");
        assertThat(summary()).contains("Too many tries. Please wait 1 minute.");
    }

    // --- /voice/settings ---

    @Test
    void choices_are_saved_and_shown_again() {
        navigate("voice/settings", VoiceSettingsView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<SubscriptionKind> kinds = find(CheckboxGroup.class).id("voice-settings-kinds");
        assertThat(kinds.getValue()).isEmpty();
        assertThat(kinds.getListDataView().getItems().map(kinds.getItemLabelGenerator()).toList()).containsExactly(
                "Ask me about consultations (questions for everyone, not just my forum)",
                "Tell me when a ‘you said, we did’ entry for my forum changes");

        kinds.setValue(EnumSet.allOf(SubscriptionKind.class));
        test(find(Button.class).id("voice-settings-save")).click();

        assertThat(find(Paragraph.class).id("voice-settings-status").getText()).isEqualTo("Your choices have been saved.");
        assertThat(subscriptions.of(member)).containsExactlyInAnyOrder(SubscriptionKind.values());

        navigate("voice/settings", VoiceSettingsView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<SubscriptionKind> again = find(CheckboxGroup.class).id("voice-settings-kinds");
        assertThat(again.getValue()).containsExactlyInAnyOrder(SubscriptionKind.values());
        again.setValue(Set.of(SubscriptionKind.WE_DID_UPDATES));
        test(find(Button.class).id("voice-settings-save")).click();
        assertThat(subscriptions.of(member)).containsExactly(SubscriptionKind.WE_DID_UPDATES);
    }

    // --- helpers ---

    private void check(String typed) {
        test(find(TextField.class).id("receipt-code")).setValue(typed);
        test(find(Button.class).id("receipt-check")).click();
    }

    @SuppressWarnings("unchecked")
    private void chooseOption(String label) {
        test((RadioButtonGroup<Object>) find(RadioButtonGroup.class).id("voice-answer-choice")).selectItem(label);
    }

    @SuppressWarnings("unchecked")
    private void chooseScale(String label) {
        var group = (RadioButtonGroup<Object>) find(RadioButtonGroup.class).id("voice-answer-scale");
        var item = group.getListDataView().getItems().filter(i -> group.getItemLabelGenerator().apply(i).startsWith(label))
                .findFirst().orElseThrow();
        group.setValue(item);
    }

    @SuppressWarnings("unchecked")
    private List<String> scaleLabels() {
        var group = (RadioButtonGroup<Object>) find(RadioButtonGroup.class).id("voice-answer-scale");
        return group.getListDataView().getItems().map(i -> group.getItemLabelGenerator().apply(i)).toList();
    }

    private String summary() {
        var summary = find(ErrorSummary.class).single();
        assertThat(summary.isVisible()).isTrue();
        return summary.getElement().getTextRecursively();
    }

    /** Typed words reach the page as text only: no script element, nothing set as HTML. */
    private void noMarkupAnywhere() {
        var problems = new ArrayList<String>();
        var top = getCurrentView().getElement();
        // Up to the layout and beyond, as long as each step is a real child (the UI keeps the page as a virtual one).
        while (top.getParent() != null && top.getParent().indexOfChild(top) >= 0) {
            top = top.getParent();
        }
        walk(top, problems);
        assertThat(problems).isEmpty();
        // Not a walk through nothing: the whole page, layout and all, was looked at.
        assertThat(top.getTextRecursively()).contains("Exit this page");
    }

    private static void walk(Element element, List<String> problems) {
        if (element.isTextNode()) {
            return;
        }
        if ("script".equalsIgnoreCase(element.getTag()) || "b".equalsIgnoreCase(element.getTag())) {
            problems.add("<" + element.getTag() + "> element");
        }
        if (element.hasProperty("innerHTML")) {
            problems.add("innerHTML on <" + element.getTag() + ">");
        }
        element.getChildren().forEach(child -> walk(child, problems));
    }
}
