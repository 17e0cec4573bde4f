package london.victimvoice.portal.voice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;
import london.victimvoice.portal.voice.NewQuestion;
import london.victimvoice.portal.voice.Questions;
import london.victimvoice.portal.voice.VoiceRows;

/**
 * Posting a question without a browser: only the coordinator's own forums to tick, every problem
 * listed and shown at its field with what was typed kept, a question posted into a consultation,
 * and a title with web page code listed as text.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class QuestionFormTest extends SpringBrowserlessTest {

    static final String COORDINATOR = "test-coordinator";
    static final String PREFIX = "QF ";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ForumStewards stewards;

    @Autowired
    ForumDirectory forums;

    @Autowired
    Questions questions;

    @BeforeEach
    void aCoordinatorOfTwoForums() {
        forums.all().forEach(f -> stewards.unassign(f.code(), COORDINATOR));
        stewards.assign("lgbtq", COORDINATOR);
        stewards.assign("disabilities", COORDINATOR);
        SignedInAs.role(Roles.COORDINATOR);
    }

    @AfterEach
    void tidy() {
        SecurityContextHolder.clearContext();
        new VoiceRows(jdbc, "form-consultations").removeAll();
        var mine = "SELECT id FROM voice_question WHERE title LIKE 'QF %'";
        jdbc.update("DELETE FROM voice_moderation_step WHERE question_id IN (" + mine + ")");
        jdbc.update("DELETE FROM voice_question_forum WHERE question_id IN (" + mine + ")");
        jdbc.update("DELETE FROM voice_question WHERE title LIKE 'QF %'");
        forums.all().forEach(f -> stewards.unassign(f.code(), COORDINATOR));
    }

    LocalDate today() {
        return LondonTimes.date(clock.instant());
    }

    NewQuestionView open() {
        return navigate(NewQuestionView.class);
    }

    static void date(TextField day, TextField month, TextField year, LocalDate date) {
        day.setValue(Integer.toString(date.getDayOfMonth()));
        month.setValue(Integer.toString(date.getMonthValue()));
        year.setValue(Integer.toString(date.getYear()));
    }

    void fillGood(NewQuestionView view) {
        view.title.setValue(PREFIX + "Getting home safely");
        view.prompt.setValue("How safe do you feel getting home after dark?");
        date(view.opensDay, view.opensMonth, view.opensYear, today());
        date(view.closesDay, view.closesMonth, view.closesYear, today().plusDays(14));
    }

    @Test
    void only_the_forums_the_coordinator_looks_after_can_be_ticked() {
        var view = open();
        assertThat(view.forums.getListDataView().getItems().toList()).containsExactlyInAnyOrder("lgbtq", "disabilities");
        assertThat(view.guidance.getValue()).isEqualTo(
                "Please do not include names, addresses or other details that could identify you or anyone else.");

        SignedInAs.role(Roles.ADMIN);
        navigate(StaffQuestionsView.class);
        var asAdmin = open();
        assertThat(asAdmin.forums.getListDataView().getItems().toList()).as("an admin has every forum")
                .hasSize(forums.all().size());
    }

    @Test
    void nothing_filled_in_names_every_problem_at_its_field() {
        var view = open();
        view.guidance.clear();
        click("question-post");

        assertThat(summary()).contains("Choose at least one forum, or a consultation", "Enter a title",
                "Enter the question", "Enter the day the question opens", "Enter the day the question closes");
        assertThat(view.forums.isInvalid()).isTrue();
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.prompt.isInvalid()).isTrue();
        assertThat(view.opensDay.isInvalid()).isTrue();
        assertThat(view.closesDay.isInvalid()).isTrue();
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(count()).isZero();
    }

    @Test
    void every_refusal_is_shown_and_what_was_typed_is_kept() {
        var view = open();
        view.forums.setValue(Set.of("lgbtq"));
        var longTitle = PREFIX + "t".repeat(200);
        view.title.setValue(longTitle);
        view.prompt.setValue("p".repeat(2001));
        view.guidance.setValue("g".repeat(1001));
        view.choicePrompt.setValue("Which matters most?");
        view.choiceOptions.setValue("Only one");
        view.scalePrompt.setValue("s".repeat(501));
        view.opensDay.setValue("31");
        view.opensMonth.setValue("2");
        view.opensYear.setValue("2040");
        date(view.closesDay, view.closesMonth, view.closesYear, today().minusDays(1));
        click("question-post");

        assertThat(summary()).contains("The title must be 200 characters or fewer", "The question must be 2,000",
                "The guidance must be 1,000", "Give between 2 and 8 choices",
                "The question for the 1 to 5 scale must be 500", "Enter the opening date as a real date",
                "The closing day must be today or later");
        assertThat(view.title.getValue()).isEqualTo(longTitle);
        assertThat(view.prompt.getValue()).hasSize(2001);
        assertThat(view.choicePrompt.getValue()).isEqualTo("Which matters most?");
        assertThat(view.choiceOptions.getValue()).isEqualTo("Only one");
        assertThat(view.opensDay.getValue()).isEqualTo("31");
        assertThat(view.forums.getValue()).containsExactly("lgbtq");
        for (var field : new com.vaadin.flow.component.HasValidation[] {view.title, view.prompt, view.guidance,
                view.choiceOptions, view.scalePrompt, view.opensDay, view.closesDay}) {
            assertThat(field.isInvalid()).isTrue();
        }
        assertThat(count()).isZero();
    }

    @Test
    void a_choice_needs_its_question_and_a_closing_day_must_not_come_before_the_opening_day() {
        var view = open();
        view.forums.setValue(Set.of("lgbtq"));
        fillGood(view);
        view.choiceOptions.setValue("Yes\nNo\nyes");
        date(view.closesDay, view.closesMonth, view.closesYear, today().plusDays(1));
        date(view.opensDay, view.opensMonth, view.opensYear, today().plusDays(3));
        click("question-post");

        assertThat(summary()).contains("Enter the question for the choices", "Choice 3 is the same as an earlier one",
                "The closing day must be on or after the opening day");
        assertThat(view.choicePrompt.isInvalid()).isTrue();
        assertThat(view.closesDay.isInvalid()).isTrue();
        assertThat(count()).isZero();
    }

    @Test
    void a_posted_question_is_listed_with_a_confirmation_and_its_title_is_text() {
        var view = open();
        view.forums.setValue(Set.of("lgbtq"));
        fillGood(view);
        view.title.setValue(PREFIX + "<script>alert('x')</script>");
        view.choicePrompt.setValue("Which matters most?");
        view.choiceOptions.setValue("Lighting\nBuses\n\nTaxis");
        view.scalePrompt.setValue("How safe do you feel?");
        click("question-post");

        assertThat(getCurrentView()).isInstanceOf(StaffQuestionsView.class);
        assertThat(ConsultationPagesTest.element("questions-status").getText()).startsWith("Your question is posted");
        var id = UUID.fromString(jdbc.queryForObject("SELECT id FROM voice_question WHERE title LIKE 'QF %'",
                String.class));
        var details = questions.find(id).orElseThrow();
        assertThat(details.forumCodes()).containsExactly("lgbtq");
        assertThat(details.choice().options()).containsExactly("Lighting", "Buses", "Taxis");
        assertThat(details.scalePrompt()).isEqualTo("How safe do you feel?");
        var link = ConsultationPagesTest.element("question-link-" + id);
        assertThat(link.getAttribute("href")).isEqualTo("staff/questions/" + id);
        assertThat(link.getTextRecursively()).isEqualTo(PREFIX + "<script>alert('x')</script>");
        assertThat(ConsultationPagesTest.anyInnerHtml(ConsultationPagesTest.page())).isFalse();
        assertThat(ConsultationPagesTest.findByTag(ConsultationPagesTest.page(), "script")).isFalse();
    }

    @Test
    void a_coordinator_of_no_forum_is_told_so() {
        forums.all().forEach(f -> stewards.unassign(f.code(), COORDINATOR));
        open();
        assertThat(ConsultationPagesTest.element("question-no-forums")).isNotNull();
        assertThat(ConsultationPagesTest.element("question-post")).isNull();
    }

    @Test
    void with_a_consultation_the_question_goes_into_it_without_forums() {
        var consultation = new VoiceRows(jdbc, "form-consultations").consultation("Police and Crime Plan", "About",
                clock.instant());
        UI.getCurrent().navigate(NewQuestionView.class, QueryParameters.of(AuthoringPages.CONSULTATION,
                consultation.toString()));
        var view = (NewQuestionView) getCurrentView();
        assertThat(view.consultationId()).isEqualTo(consultation);
        assertThat(view.forums.getParent()).as("no forums to tick").isEmpty();
        assertThat(ConsultationPagesTest.element("question-consultation").getText()).contains("Police and Crime Plan");

        view.title.setValue("");
        click("question-post");
        assertThat(summary()).contains("Enter a title").doesNotContain("forum");

        fillGood(view);
        click("question-post");

        assertThat(getCurrentView()).isInstanceOf(ConsultationView.class);
        assertThat(ConsultationPagesTest.element("consultation-status").getText())
                .isEqualTo("Your question is added to the consultation.");
        var id = jdbc.queryForObject("SELECT id FROM voice_question WHERE consultation_id = ?", String.class,
                consultation.toString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voice_question_forum WHERE question_id = ?",
                Integer.class, id)).isZero();
        assertThat(ConsultationPagesTest.element("question-link-" + id)).isNotNull();
    }

    @Test
    void an_unknown_consultation_is_not_found() {
        UI.getCurrent().navigate(NewQuestionView.class, QueryParameters.of(AuthoringPages.CONSULTATION,
                UUID.randomUUID().toString()));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate(NewQuestionView.class, QueryParameters.of(AuthoringPages.CONSULTATION, "nonsense"));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void the_list_shows_the_coordinators_questions_with_their_audience() {
        var mine = questions.post(new ForumManager(COORDINATOR, false), new NewQuestion(PREFIX + "Mine", "Prompt", "",
                Set.of("lgbtq"), null, null, null, today(), today().plusDays(3)));
        stewards.assign("open", "someone-else");
        var theirs = questions.post(new ForumManager("someone-else", false), new NewQuestion(PREFIX + "Theirs",
                "Prompt", "", Set.of("open"), null, null, null, today(), today().plusDays(3)));

        navigate(StaffQuestionsView.class);

        var table = ConsultationPagesTest.element("questions-table").getTextRecursively();
        assertThat(table).contains(PREFIX + "Mine", "LGBTQ+", "Open", "Not moderated yet").doesNotContain("Theirs");
        assertThat(table).as("the last day it can be answered, not the moment after")
                .contains(LondonTimes.dayWithYear(Questions.opensAt(today().plusDays(3))))
                .doesNotContain(LondonTimes.dayWithYear(Questions.opensAt(today().plusDays(4))));
        assertThat(ConsultationPagesTest.element("question-link-" + mine)).isNotNull();
        assertThat(ConsultationPagesTest.element("question-link-" + theirs)).isNull();
        stewards.unassign("open", "someone-else");
    }

    int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voice_question WHERE title LIKE 'QF %'", Integer.class);
    }

    void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    String summary() {
        return find(ErrorSummary.class).single().getElement().getTextRecursively();
    }
}
