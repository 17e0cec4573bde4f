package london.victimvoice.portal.participants.ui.equality;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Properties;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.participants.EqualityAnswers;

import static london.victimvoice.portal.participants.EqualityAnswers.PREFER_NOT_TO_SAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The optional equality questions: every answer kept, every question skippable, nothing stale stored. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EqualityQuestionsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Test
    void answering_every_question_stores_each_answer_code_and_then_moves_on_to_consent() {
        navigate(EqualityStartView.class);
        test(find(Anchor.class).id("answer-questions")).click();

        answer(AgeView.PATH, "25 to 34");
        answer(SexView.PATH, "Female");
        answer(GenderView.PATH, "Yes");
        answer(EthnicGroupView.PATH, "Black, Black British, Caribbean or African");
        answer(EthnicBackgroundView.PATH, "Caribbean");
        answer(DisabilityView.PATH, "Yes");
        answer(DisabilityImpactView.PATH, "Yes, a little");
        answer(SexualOrientationView.PATH, "Bisexual");
        answer(ReligionView.PATH, "No religion");

        assertThat(path()).isEqualTo(EqualityPages.NEXT);
        assertThat(draft().answers()).isEqualTo(new EqualityAnswers("AGE_25_34", "FEMALE", "YES", "BLACK",
                "BLACK_CARIBBEAN", "YES", "YES_A_LITTLE", "BISEXUAL", "NO_RELIGION"));
    }

    @Test
    void going_back_shows_every_answer_again() {
        navigate(EqualityStartView.class);
        test(find(Anchor.class).id("answer-questions")).click();
        var chosen = new String[] {"65 or over", "Male", "No", "Asian or Asian British", "Chinese", "Yes",
                "Yes, a lot", "Gay or lesbian", "Any other religion"};
        for (var label : chosen) {
            choose(label);
            clickContinue();
        }
        UI.getCurrent().navigate(ReligionView.PATH);

        var shown = new ArrayList<String>();
        while (!path().equals(EqualityPages.START)) {
            shown.addFirst(selectedLabel());
            test(find(Anchor.class).withText("Back").single()).click();
        }
        assertThat(shown).containsExactly(chosen);
    }

    @Test
    void prefer_not_to_say_is_offered_on_every_question_and_stored_as_such() {
        navigate(AgeView.class);

        answer(AgeView.PATH, "Prefer not to say");
        answer(SexView.PATH, "Prefer not to say");
        answer(GenderView.PATH, "Prefer not to say");
        answer(EthnicGroupView.PATH, "White");
        answer(EthnicBackgroundView.PATH, "Prefer not to say");
        answer(DisabilityView.PATH, "Yes");
        answer(DisabilityImpactView.PATH, "Prefer not to say");
        answer(SexualOrientationView.PATH, "Prefer not to say");
        answer(ReligionView.PATH, "Prefer not to say");

        assertThat(draft().answers()).isEqualTo(new EqualityAnswers(PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY,
                PREFER_NOT_TO_SAY, "WHITE", PREFER_NOT_TO_SAY, "YES", PREFER_NOT_TO_SAY, PREFER_NOT_TO_SAY,
                PREFER_NOT_TO_SAY));
    }

    @Test
    void prefer_not_to_say_to_ethnic_group_or_health_skips_the_follow_up_question() {
        navigate(EthnicGroupView.class);

        answer(EthnicGroupView.PATH, "Prefer not to say");
        assertThat(path()).isEqualTo(DisabilityView.PATH);
        answer(DisabilityView.PATH, "Prefer not to say");
        assertThat(path()).isEqualTo(SexualOrientationView.PATH);

        test(find(Anchor.class).withText("Back").single()).click();
        assertThat(path()).as("Back skips the question not asked").isEqualTo(DisabilityView.PATH);
        test(find(Anchor.class).withText("Back").single()).click();
        assertThat(path()).isEqualTo(EthnicGroupView.PATH);
    }

    @Test
    void continue_with_nothing_chosen_moves_on_and_records_nothing() {
        navigate(AgeView.class);

        clickContinue();

        assertThat(path()).isEqualTo(SexView.PATH);
        assertThat(draft().answers()).isEqualTo(EqualityAnswers.skipped());
    }

    @Test
    void skipping_from_the_explainer_moves_on_with_every_answer_empty() {
        navigate(EqualityStartView.class);

        test(find(Button.class).id("skip")).click();

        assertThat(path()).isEqualTo(EqualityPages.NEXT);
        assertThat(draft().answers()).isEqualTo(EqualityAnswers.skipped());
    }

    @Test
    void skipping_after_answering_some_takes_those_answers_back() {
        navigate(AgeView.class);
        answer(AgeView.PATH, "16 to 24");
        test(find(Anchor.class).withText("Back").single()).click();
        test(find(Anchor.class).withText("Back").single()).click();
        assertThat(path()).isEqualTo(EqualityPages.START);

        test(find(Button.class).id("skip")).click();

        assertThat(draft().answers()).isEqualTo(EqualityAnswers.skipped());
    }

    @Test
    void changing_the_ethnic_group_clears_a_background_from_the_old_group() {
        navigate(EthnicGroupView.class);
        answer(EthnicGroupView.PATH, "Black, Black British, Caribbean or African");
        answer(EthnicBackgroundView.PATH, "Caribbean");
        test(find(Anchor.class).withText("Back").single()).click();
        test(find(Anchor.class).withText("Back").single()).click();

        answer(EthnicGroupView.PATH, "Mixed or multiple ethnic groups");

        assertThat(path()).isEqualTo(EthnicBackgroundView.PATH);
        assertThat(find(H1.class).single().getText())
                .isEqualTo("Which of these best describes your Mixed or multiple ethnic background?");
        assertThat(radios().getListDataView().getItems()).contains("MIXED_WHITE_AND_BLACK_CARIBBEAN")
                .doesNotContain("BLACK_CARIBBEAN");
        assertThat(radios().getValue()).isNull();
        assertThat(draft().answers().ethnicGroup()).isEqualTo("MIXED");
        assertThat(draft().answers().ethnicBackground()).isNull();
    }

    @Test
    void keeping_the_same_ethnic_group_keeps_the_background() {
        navigate(EthnicGroupView.class);
        answer(EthnicGroupView.PATH, "Asian or Asian British");
        answer(EthnicBackgroundView.PATH, "Bangladeshi");
        test(find(Anchor.class).withText("Back").single()).click();
        test(find(Anchor.class).withText("Back").single()).click();

        answer(EthnicGroupView.PATH, "Asian or Asian British");

        assertThat(selectedLabel()).isEqualTo("Bangladeshi");
    }

    @Test
    void saying_no_to_health_conditions_drops_an_earlier_impact_answer() {
        navigate(DisabilityView.class);
        answer(DisabilityView.PATH, "Yes");
        answer(DisabilityImpactView.PATH, "Yes, a lot");
        test(find(Anchor.class).withText("Back").single()).click();
        test(find(Anchor.class).withText("Back").single()).click();

        answer(DisabilityView.PATH, "No");

        assertThat(path()).isEqualTo(SexualOrientationView.PATH);
        assertThat(draft().answers().disability()).isEqualTo("NO");
        assertThat(draft().answers().disabilityImpact()).isNull();
    }

    @Test
    void a_follow_up_question_opened_on_its_own_points_back_to_the_question_it_follows() {
        navigate(EthnicBackgroundView.class);

        assertThat(find(RadioButtonGroup.class).all()).isEmpty();
        test(find(Anchor.class).withText("Go to the question before").single()).click();
        assertThat(path()).isEqualTo(EthnicGroupView.PATH);
    }

    @Test
    void every_question_and_answer_has_its_text_in_the_bundle() throws IOException {
        var bundle = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var keys = new ArrayList<String>();
        for (var question : Question.values()) {
            keys.add(question.titleKey());
            var draft = new EqualityDraft();
            draft.answer(Question.DISABILITY, "YES");
            for (var group : EthnicGroup.values()) {
                draft.answer(Question.ETHNIC_GROUP, group.name());
                keys.add(question.questionKey(draft));
                question.choices(draft).forEach(code -> keys.add(question.labelKey(code)));
            }
        }
        assertThat(keys).allMatch(bundle::containsKey, "in messages.properties");
    }

    private void answer(String expectedPath, String label) {
        assertThat(path()).isEqualTo(expectedPath);
        choose(label);
        clickContinue();
    }

    private void choose(String label) {
        test(radios()).selectItem(label);
    }

    private String selectedLabel() {
        var radios = radios();
        return radios.getItemLabelGenerator().apply(radios.getValue());
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> radios() {
        return find(RadioButtonGroup.class).id("answer");
    }

    private void clickContinue() {
        test(find(Button.class).id("continue")).click();
    }

    private EqualityDraft draft() {
        return context.getBean(EqualityDraft.class);
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
