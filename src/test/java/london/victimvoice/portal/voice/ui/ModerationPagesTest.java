package london.victimvoice.portal.voice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.Moderation;
import london.victimvoice.portal.voice.ModerationFixtures;
import london.victimvoice.portal.voice.SignOffs;

/**
 * The moderation, sign-off and insight pages with the real services: highlighting, redacting,
 * themes, insights, four eyes, each bad input, and answers with markup shown as plain text.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class ModerationPagesTest extends SpringBrowserlessTest {

    private static final String SCRIPT = "<script>alert('x')</script> I was not believed";
    private static final String MODERATOR = "coord-mia";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ForumStewards stewards;

    @Autowired
    Moderation moderation;

    @Autowired
    SignOffs signOffs;

    ModerationFixtures fixtures;
    UUID question;
    List<UUID> answers;
    /** The answer with markup in it, unique to the test: the tests share one database. */
    String script;

    @BeforeEach
    void aQuestionWithAnswers() {
        fixtures = new ModerationFixtures(jdbc);
        stewards.assign("open", MODERATOR);
        question = fixtures.question("Reporting online " + UUID.randomUUID(), "open");
        script = SCRIPT + " (" + question.toString().substring(0, 8) + ")";
        answers = fixtures.answers(question, "Ring me on 07700 900123 if you want to know more", script,
                "The officer listened to me");
        signIn(MODERATOR, Roles.COORDINATOR, Roles.APPROVER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        // The context is shared with other tests that count the open forum's coordinators.
        stewards.unassign("open", MODERATOR);
    }

    // --- /staff/questions/:questionId ---------------------------------------------------------

    @Test
    void below_the_threshold_the_page_gives_the_count_only() {
        var early = fixtures.question("Too early", "open");
        fixtures.answers(early, "one answer", "another");

        navigate("staff/questions/" + early, ModerationView.class);

        assertThat(find(Paragraph.class).id("answer-count").getText())
                .isEqualTo("2 answers so far; answers can be read once there are at least 3.");
        assertThat(text()).doesNotContain("one answer");
        assertThat(find(TextArea.class).all()).isEmpty();
    }

    @Test
    void released_answers_are_shown_with_suggestions_marked_and_markup_as_plain_text() {
        navigate("staff/questions/" + question, ModerationView.class);

        assertThat(find(H1.class).single().getText()).startsWith("Reporting online");
        var marks = elements("mark");
        assertThat(marks).singleElement().satisfies(mark -> assertThat(mark.getTextRecursively())
                .isEqualTo("07700 900123 (possible phone number)"));
        assertThat(text()).contains(script);
        assertInert();
        assertThat(fixtures.steps(question)).containsExactly(MODERATOR + ":viewed");
    }

    @Test
    void a_moderator_takes_out_suggestions_saves_tags_groups_and_submits() {
        navigate("staff/questions/" + question, ModerationView.class);
        var number = numberOf("Ring me on");

        test(find(Button.class).id("take-out-" + number)).click();
        assertThat(find(TextArea.class).id("redact-" + number).getValue())
                .isEqualTo("Ring me on [phone number] if you want to know more");
        assertThat(message()).startsWith("The highlighted parts of answer " + number + " are taken out");
        assertThat(fixtures.redacted(answers.getFirst())).as("nothing saved yet").isNull();
        test(find(Button.class).id("save-text-" + number)).click();
        assertThat(fixtures.redacted(answers.getFirst())).isEqualTo("Ring me on [phone number] if you want to know more");
        assertThat(fixtures.original(answers.getFirst())).contains("07700 900123");
        assertThat(message()).isEqualTo("The words of answer " + number + " are saved.");
        assertThat(elements("mark")).as("nothing left to suggest").isEmpty();

        test(find(TextField.class).id("themes-" + number)).setValue("Call-backs,  Being Heard ");
        test(find(Button.class).id("save-themes-" + number)).click();
        assertThat(find(TextField.class).id("themes-" + number).getValue()).isEqualTo("being heard, call-backs");

        test(find(TextField.class).id("insight-title")).setValue("People want to be called back");
        test(find(TextArea.class).id("insight-summary")).setValue("Several waited weeks for a call.");
        test(find(TextField.class).id("insight-theme")).setValue("Call-backs");
        test(find(Button.class).id("create-insight")).click();
        assertThat(message()).isEqualTo("The insight is added.");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> group = find(RadioButtonGroup.class).id("insight-" + number);
        test(group).selectItem("People want to be called back");
        test(find(Button.class).id("save-group-" + number)).click();
        assertThat(text()).contains("In the insight: People want to be called back");

        var scriptNumber = numberOf("<script>");
        test(find(Button.class).id("leave-out-" + scriptNumber)).click();
        assertThat(message()).isEqualTo("Answer " + scriptNumber + " is left out.");

        var view = (ModerationView) getCurrentView();
        test(find(Button.class).id("submit-batch")).click();
        assertThat(view.confirmDialog().isAsking()).isTrue();
        assertThat(view.confirmDialog().details()).startsWith("3 answers and 1 insight will go to an approver.");
        test(view.confirmDialog().confirmButton()).click();

        assertThat(fixtures.moderation(question)).isEqualTo("submitted");
        assertThat(message()).isEqualTo("The answers have been sent for sign-off.");
        assertThat(find(TextArea.class).all()).as("read only once submitted").isEmpty();
        assertThat(find(Button.class).withId("submit-batch").all()).isEmpty();
        assertInert();
    }

    @Test
    void bad_input_is_an_error_at_its_field_and_changes_nothing() {
        var view = navigate("staff/questions/" + question, ModerationView.class);
        var number = numberOf("The officer");

        test(find(TextArea.class).id("redact-" + number)).setValue("   ");
        test(find(Button.class).id("save-text-" + number)).click();
        assertThat(summary()).containsExactly("Enter the words to keep, or leave the answer out");
        assertThat(find(TextArea.class).id("redact-" + number).isInvalid()).isTrue();
        assertThat(view.getPageTitle()).startsWith("Error: ");

        test(find(TextArea.class).id("redact-" + number)).setValue("x".repeat(2001));
        test(find(Button.class).id("save-text-" + number)).click();
        assertThat(summary()).containsExactly("The words must be 2,000 characters or fewer. They have 2,001");

        test(find(TextField.class).id("themes-" + number)).setValue("t".repeat(61));
        test(find(Button.class).id("save-themes-" + number)).click();
        assertThat(summary()).containsExactly("Each theme must be 60 characters or fewer");

        test(find(Button.class).id("create-insight")).click();
        assertThat(summary()).containsExactly("Enter a title");
        assertThat(find(TextField.class).id("insight-title").isInvalid()).isTrue();
        test(find(TextField.class).id("insight-title")).setValue("A title");
        test(find(Button.class).id("create-insight")).click();
        assertThat(summary()).containsExactly("Enter what these answers say");
        test(find(TextArea.class).id("insight-summary")).setValue("<b>bold</b>");
        test(find(Button.class).id("create-insight")).click();
        assertThat(summary()).singleElement().asString().startsWith("What these answers say must not contain");

        test(find(Button.class).id("submit-batch")).click();
        test(view.confirmDialog().confirmButton()).click();
        assertThat(summary()).containsExactly("Write at least one insight before you send the answers for sign-off");

        assertThat(fixtures.redacted(answers.get(2))).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voice_insight WHERE question_id = ?", Integer.class,
                question.toString())).isZero();
        assertThat(fixtures.moderation(question)).isEqualTo("open");
    }

    @Test
    void another_forums_coordinator_and_unknown_questions_get_no_such_question() {
        signIn("coord-other", Roles.COORDINATOR);
        for (var path : List.of(question.toString(), UUID.randomUUID().toString(), "nonsense")) {
            navigate("staff/questions/" + path, ModerationView.class);
            assertThat(find(H1.class).single().getText())
                    .isEqualTo("There is no such question, or it is not one you look after");
            assertThat(text()).doesNotContain("officer");
        }
    }

    // --- /staff/sign-off ----------------------------------------------------------------------

    @Test
    void the_moderator_is_told_plainly_and_offered_no_sign_off_and_another_approver_signs_off() {
        submitted();

        navigate("staff/sign-off", SignOffQueueView.class);
        assertThat(find(Div.class).id("sign-off-queue").getElement().getTextRecursively()).contains("Reporting online");
        navigate("staff/sign-off/" + question, SignOffView.class);
        assertThat(find(Paragraph.class).id("own-batch").getText()).startsWith("You helped moderate these answers");
        assertThat(find(Button.class).withId("sign-off-batch").all()).isEmpty();
        assertThat(text()).contains(script);
        assertInert();

        signIn("approver-ola", Roles.APPROVER);
        var view = navigate("staff/sign-off/" + question, SignOffView.class);
        assertThat(find(Paragraph.class).withId("own-batch").all()).isEmpty();
        assertThat(text()).contains("Ring me on [phone number]", "Left out: partners will not see this answer.")
                .doesNotContain("07700");
        assertInert();
        test(find(Button.class).id("sign-off-batch")).click();
        assertThat(view.confirmDialog().question()).isEqualTo("Sign off these answers?");
        test(view.confirmDialog().confirmButton()).click();

        assertThat(fixtures.moderation(question)).isEqualTo("signed-off");
        assertThat(find(Paragraph.class).id("sign-off-message").getText())
                .isEqualTo("The answers are signed off. Partners can now read the insight.");
        assertThat(find(Button.class).withId("sign-off-batch").all()).isEmpty();
        assertThat(fixtures.original(answers.getFirst())).isNull();

        signIn(MODERATOR, Roles.COORDINATOR);
        navigate("staff/questions/" + question, ModerationView.class);
        assertThat(find(TextArea.class).all()).as("read only after sign-off").isEmpty();
        assertThat(find(Paragraph.class).id("moderation-status").getText()).contains("signed off");
    }

    @Test
    void returning_needs_a_reason_and_the_moderator_reads_it() {
        submitted();
        signIn("approver-ola", Roles.APPROVER);
        var view = navigate("staff/sign-off/" + question, SignOffView.class);

        test(find(Button.class).id("return-batch")).click();
        assertThat(summary()).containsExactly("Enter why you are sending the answers back");
        assertThat(find(TextArea.class).id("return-reason").isInvalid()).isTrue();
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(fixtures.moderation(question)).isEqualTo("submitted");

        test(find(TextArea.class).id("return-reason")).setValue("Please take out the street in answer two");
        test(find(Button.class).id("return-batch")).click();
        assertThat(fixtures.moderation(question)).isEqualTo("returned");

        signIn(MODERATOR, Roles.COORDINATOR);
        navigate("staff/questions/" + question, ModerationView.class);
        assertThat(find(Div.class).id("returned-reason").getElement().getTextRecursively())
                .contains("Please take out the street in answer two");
        assertThat(find(Button.class).id("submit-batch")).isNotNull();
    }

    @Test
    void a_batch_signed_off_meanwhile_is_refused_plainly() {
        submitted();
        signIn("approver-ola", Roles.APPROVER);
        var view = navigate("staff/sign-off/" + question, SignOffView.class);
        signOffs.signOff("approver-pat", question, fixtures.version(question));

        test(find(Button.class).id("sign-off-batch")).click();
        test(view.confirmDialog().confirmButton()).click();

        assertThat(summary()).containsExactly("These answers have already been signed off");
        assertThat(jdbc.queryForObject("SELECT signed_off_by FROM voice_question WHERE id = ?", String.class,
                question.toString())).isEqualTo("approver-pat");
    }

    // --- /staff/insights ----------------------------------------------------------------------

    @Test
    void partners_read_signed_off_insight_without_left_out_answers_or_names() {
        submitted();
        signIn("partner-lee", Roles.PARTNER);
        navigate("staff/insights", InsightsView.class);
        assertThat(text()).doesNotContain(summaryText());

        signOffs.signOff("approver-ola", question, fixtures.version(question));
        navigate("staff/insights", InsightsView.class);

        var page = text();
        assertThat(page).contains("People want to be called back", summaryText(),
                "Ring me on [phone number] if you want to know more", "The officer listened to me",
                "Based on fewer than 5 answers.", "Open forum", "Theme: call-backs")
                .doesNotContain(script, "07700", MODERATOR, "approver-ola", "coord-setup");
        assertInert();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> forum = find(RadioButtonGroup.class).id("insights-forum");
        test(forum).selectItem("LGBTQ+");
        assertThat(text()).doesNotContain(summaryText());
        test(forum).selectItem("Open forum");
        assertThat(text()).contains(summaryText());
    }

    @Test
    void a_signed_off_answer_with_markup_is_shown_as_its_characters_to_partners() {
        var insight = moderation.createInsight(new ForumManager(MODERATOR, false), question, "Not believed",
                "Some felt they were not believed.", "belief");
        moderation.group(new ForumManager(MODERATOR, false), question, answers.get(1), insight);
        moderation.submit(new ForumManager(MODERATOR, false), question, fixtures.version(question));
        signOffs.signOff("approver-ola", question, fixtures.version(question));
        signIn("partner-lee", Roles.PARTNER);

        navigate("staff/insights", InsightsView.class);

        assertThat(text()).contains(script, "Based on fewer than 5 answers.");
        assertInert();
    }

    /** Moderated by MODERATOR: answer one redacted and grouped, the markup answer left out, submitted. */
    private void submitted() {
        var by = new ForumManager(MODERATOR, false);
        moderation.redact(by, question, answers.getFirst(), "Ring me on [phone number] if you want to know more");
        var insight = moderation.createInsight(by, question, "People want to be called back",
                summaryText(), "call-backs");
        moderation.group(by, question, answers.getFirst(), insight);
        moderation.group(by, question, answers.get(2), insight);
        moderation.group(by, question, answers.get(1), insight);
        moderation.leaveOut(by, question, answers.get(1), true);
        moderation.submit(by, question, fixtures.version(question));
    }

    /** Unique to this test's question: the tests share one database. */
    private String summaryText() {
        return "Several waited weeks for a call (" + question.toString().substring(0, 8) + ").";
    }

    /** The number the moderation page gives the answer starting with {@code start}. */
    private int numberOf(String start) {
        for (int i = 1; i <= answers.size(); i++) {
            if (find(TextArea.class).id("redact-" + i).getValue().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("No answer starts with " + start);
    }

    private String message() {
        return find(Paragraph.class).id("moderation-message").getText();
    }

    private List<String> summary() {
        var errors = find(ErrorSummary.class).single();
        assertThat(errors.isVisible()).isTrue();
        return errors.getElement().getChild(1).getChildren().map(Element::getTextRecursively).toList();
    }

    /** The page shown: the layout's main landmark with the view in it. */
    private Element view() {
        return getCurrentView().getElement();
    }

    private String text() {
        return view().getTextRecursively();
    }

    private List<Element> elements(String tag) {
        var found = new ArrayList<Element>();
        collect(view(), tag, found);
        return found;
    }

    private static void collect(Element element, String tag, List<Element> found) {
        if (!element.isTextNode() && tag.equals(element.getTag())) {
            found.add(element);
        }
        element.getChildren().forEach(child -> collect(child, tag, found));
    }

    /** No script element anywhere, and nothing set as HTML: what people typed stays text. */
    private void assertInert() {
        assertThat(elements("script")).isEmpty();
        var withHtml = new ArrayList<Element>();
        collectHtml(view(), withHtml);
        assertThat(withHtml).isEmpty();
    }

    private static void collectHtml(Element element, List<Element> found) {
        if (!element.isTextNode() && (element.hasProperty("innerHTML") || element.hasAttribute("innerHTML"))) {
            found.add(element);
        }
        element.getChildren().forEach(child -> collectHtml(child, found));
    }

    private static void signIn(String username, String... roles) {
        SecurityContextHolder.clearContext();
        var authorities = java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a",
                authorities));
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    SecurityContextHolder.getContext());
        }
    }
}
