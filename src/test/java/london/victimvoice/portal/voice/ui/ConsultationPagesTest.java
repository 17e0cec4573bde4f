package london.victimvoice.portal.voice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;
import london.victimvoice.portal.voice.VoiceRows;

/**
 * The consultation pages without a browser: starting one (every refusal shown, what was typed
 * kept), its page with results where small groups read "fewer than 5", nothing shown below the
 * release threshold, partners reading without the coordinators' links, and text anyone typed
 * shown as text.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class ConsultationPagesTest extends SpringBrowserlessTest {

    static final String MAKER = "pages-consultations";
    static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    VoiceRows rows;

    @BeforeEach
    void signIn() {
        rows = new VoiceRows(jdbc, MAKER);
        SignedInAs.role(Roles.COORDINATOR);
    }

    @AfterEach
    void tidy() {
        SecurityContextHolder.clearContext();
        rows.removeAll();
        jdbc.update("DELETE FROM voice_moderation_step WHERE question_id IN (SELECT id FROM voice_question"
                + " WHERE consultation_id IN (SELECT id FROM voice_consultation WHERE created_by LIKE 'test-%'))");
        jdbc.update("DELETE FROM voice_question WHERE consultation_id IN (SELECT id FROM voice_consultation"
                + " WHERE created_by LIKE 'test-%')");
        jdbc.update("DELETE FROM voice_consultation WHERE created_by LIKE 'test-%'");
    }

    @Test
    void starting_a_consultation_with_nothing_typed_names_both_fields() {
        var view = navigate(NewConsultationView.class);
        test(button("consultation-create")).click();

        assertThat(summary()).contains("Enter a title", "Say what the consultation is about");
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.summary.isInvalid()).isTrue();
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void a_refused_consultation_keeps_what_was_typed() {
        var view = navigate(NewConsultationView.class);
        test(view.title).setValue("t".repeat(201));
        test(view.summary).setValue("Fine words about the plan");
        test(button("consultation-create")).click();

        assertThat(summary()).contains("The title must be 200 characters or fewer").doesNotContain("Say what");
        assertThat(view.title.getValue()).isEqualTo("t".repeat(201));
        assertThat(view.summary.getValue()).isEqualTo("Fine words about the plan");

        test(view.title).setValue("Plan " + SCRIPT);
        test(button("consultation-create")).click();
        assertThat(summary()).contains("The title must be plain text");
    }

    @Test
    void a_started_consultation_opens_with_a_confirmation_and_a_way_to_add_questions() {
        var view = navigate(NewConsultationView.class);
        test(view.title).setValue("Police and Crime Plan");
        test(view.summary).setValue("What should the plan do first?");
        test(button("consultation-create")).click();

        assertThat(getCurrentView()).isInstanceOf(ConsultationView.class);
        assertThat(text("consultation-status")).isEqualTo("The consultation is started. Now add its questions.");
        assertThat(text("consultation-heading")).isEqualTo("Police and Crime Plan");
        var add = element("consultation-add-question");
        assertThat(add).isNotNull();
        assertThat(add.getAttribute("href")).startsWith("staff/questions/new?consultation=");
        assertThat(text("consultation-no-questions")).isEqualTo("This consultation has no questions yet.");
    }

    @Test
    void results_show_fewer_than_5_and_nothing_below_the_release_threshold() {
        var consultation = rows.consultation("Plan", "About the plan", clock.instant());
        var counted = rows.consultationQuestion(consultation, "Priorities", "Which matters most?", "A\nB",
                "How safe do you feel?", clock.instant());
        for (int i = 0; i < 4; i++) {
            rows.answer(counted, "words", null, "A", 5, false, List.of());
        }
        for (int i = 0; i < 5; i++) {
            rows.answer(counted, "words", null, "B", 5, false, List.of());
        }
        var tooFew = rows.consultationQuestion(consultation, "Too few", null, null, null, clock.instant());
        rows.answer(tooFew, "one", "one", null, null, false, List.of());
        rows.answer(tooFew, "two", "two", null, null, false, List.of());

        open(consultation);

        assertThat(text("results-1-answers")).isEqualTo("Answers: 9");
        var choice = element("results-1-choice");
        assertThat(rowsOf(choice)).as("B withheld, or 9 - 5 would give A away").containsExactly(
                List.of("A", "fewer than 5"), List.of("B", "hidden, so a small group cannot be worked out"));
        assertThat(rowsOf(element("results-1-scale"))).containsExactly(List.of("1", "fewer than 5"),
                List.of("2", "fewer than 5"), List.of("3", "fewer than 5"), List.of("4", "fewer than 5"),
                List.of("5", "9"));
        assertThat(choice.getChildren().filter(e -> e.getTag().equals("caption")).findFirst().orElseThrow().getText())
                .isEqualTo("Which matters most?");
        assertThat(text("results-1")).doesNotContain(" 4");
        assertThat(text("results-2-not-yet")).isEqualTo("No results yet: fewer than 3 people have answered.");
        assertThat(text("results-2")).doesNotContain("Answers");
    }

    @Test
    void web_page_code_in_titles_and_answers_is_shown_as_text() {
        var consultation = rows.consultation("Plan " + SCRIPT, "Summary " + SCRIPT, clock.instant());
        var question = rows.consultationQuestion(consultation, "Question " + SCRIPT, null, null, null, clock.instant());
        for (int i = 0; i < 3; i++) {
            rows.answer(question, "original", "Said " + SCRIPT + " " + i, null, null, false, List.of("theme " + SCRIPT));
        }
        rows.moderation(question, "signed-off");

        open(consultation);

        assertThat(text("consultation-heading")).isEqualTo("Plan " + SCRIPT);
        assertThat(text("consultation-summary-text")).isEqualTo("Summary " + SCRIPT);
        assertThat(text("results-1")).contains("Question " + SCRIPT, "Said " + SCRIPT + " 0", "Themes: theme " + SCRIPT)
                .doesNotContain("original");
        assertThat(anyInnerHtml(page())).as("no element's HTML is set from text").isFalse();
        assertThat(findByTag(page(), "script")).as("no script element").isFalse();
    }

    @Test
    void words_appear_only_once_signed_off_and_every_viewing_is_recorded() {
        var consultation = rows.consultation("Plan", "About the plan", clock.instant());
        var question = rows.consultationQuestion(consultation, "Being heard", null, null, null, clock.instant());
        for (int i = 0; i < 3; i++) {
            rows.answer(question, "My neighbour Alex " + i, "My neighbour [name] " + i, null, null, false, List.of());
        }

        open(consultation);
        assertThat(text("results-1-words")).contains("once they are checked and signed off").doesNotContain("neighbour");

        rows.moderation(question, "signed-off");
        SignedInAs.role(Roles.PARTNER);
        open(consultation);
        assertThat(text("results-1-words")).contains("My neighbour [name] 0").doesNotContain("Alex");
        assertThat(element("consultation-add-question")).as("partners read only").isNull();
        assertThat(element("question-link-" + question)).isNull();
        assertThat(element("consultation-csv")).isNotNull();

        assertThat(jdbc.queryForList("SELECT staff_username FROM voice_moderation_step WHERE question_id = ?"
                + " AND action = 'viewed-results'", String.class, question.toString()))
                .containsExactlyInAnyOrder("test-coordinator", "test-partner");
    }

    @Test
    void the_list_links_each_consultation_and_only_coordinators_and_admins_may_start_one() {
        var consultation = rows.consultation("Listed " + SCRIPT, "About", clock.instant());
        navigate(ConsultationsView.class);
        assertThat(text("consultation-link-" + consultation)).isEqualTo("Listed " + SCRIPT);
        assertThat(element("consultations-start")).isNotNull();

        SignedInAs.role(Roles.APPROVER);
        navigate(ConsultationsView.class);
        assertThat(element("consultations-start")).isNull();
    }

    @Test
    void an_unknown_consultation_is_not_found() {
        UI.getCurrent().navigate("staff/consultations/" + UUID.randomUUID());
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate("staff/consultations/not-an-id");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    void open(UUID consultation) {
        UI.getCurrent().navigate("staff/consultations/" + consultation);
        assertThat(getCurrentView()).isInstanceOf(ConsultationView.class);
    }

    static List<List<String>> rowsOf(Element table) {
        var body = table.getChildren().filter(e -> e.getTag().equals("tbody")).findFirst().orElseThrow();
        return body.getChildren().map(row -> row.getChildren().map(Element::getTextRecursively).toList()).toList();
    }

    Button button(String id) {
        return find(Button.class).id(id);
    }

    String summary() {
        return find(ErrorSummary.class).single().getElement().getTextRecursively();
    }

    String text(String id) {
        var found = element(id);
        assertThat(found).as("#" + id).isNotNull();
        return Objects.requireNonNull(found).getTextRecursively();
    }

    static @Nullable Element element(String id) {
        return UI.getCurrent().getChildren().map(c -> byId(c.getElement(), id)).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    static Element page() {
        return UI.getCurrent().getChildren().findFirst().orElseThrow().getElement();
    }

    static @Nullable Element byId(Element root, String id) {
        if (id.equals(root.getAttribute("id"))) {
            return root;
        }
        return root.getChildren().map(child -> byId(child, id)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static boolean anyInnerHtml(Element root) {
        return !root.isTextNode() && (root.hasProperty("innerHTML")
                || root.getChildren().anyMatch(ConsultationPagesTest::anyInnerHtml));
    }

    static boolean findByTag(Element root, String tag) {
        return !root.isTextNode() && (tag.equals(root.getTag())
                || root.getChildren().anyMatch(child -> findByTag(child, tag)));
    }
}
