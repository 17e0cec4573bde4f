package london.victimvoice.portal.participants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.TimeOfDay;

/**
 * The validation of steps 4 to 8 (forums, contact safety, consent, check your answers), each
 * error in the summary and at its field, with what was typed kept. The draft is set up as if the
 * first three steps were done, so each case starts at its own page.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class LaterStepsValidationTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    SignUpDraft draft;

    @BeforeEach
    void firstStepsDone() {
        draft = context.getBean(SignUpDraft.class);
        draft.chosenName = "Mo";
        draft.mobile = "07700 900 611";
        draft.verifiedChannel = ChannelType.SMS;
        draft.verifiedRecipient = "+447700900611";
    }

    @Test
    void choosing_no_forum_is_an_error_and_nothing_moves_on() {
        navigate(ForumsStepView.class);
        click("continue");

        assertThat(getCurrentView()).isInstanceOf(ForumsStepView.class);
        assertThat(errors()).containsExactly("Choose at least one forum");
        assertThat(find(CheckboxGroup.class).id("forums").isInvalid()).isTrue();
    }

    @Test
    void safety_needs_a_channel_a_day_and_a_time_and_says_each_at_its_field() {
        navigate(SafetyStepView.class);
        group("safe-channels").setValue(Set.of());
        group("safe-days").setValue(Set.of());
        group("safe-times").setValue(Set.of());
        click("continue");

        assertThat(getCurrentView()).isInstanceOf(SafetyStepView.class);
        assertThat(errors()).containsExactly("Choose at least one safe way to contact you",
                "Choose at least one day when it is safe to contact you",
                "Choose at least one time of day when it is safe to contact you");
        assertThat(group("safe-days").isInvalid()).isTrue();
    }

    @Test
    void too_long_notes_and_an_empty_something_else_are_refused_and_kept_for_correcting() {
        navigate(SafetyStepView.class);
        var longNote = "n".repeat(501);
        test(find(TextArea.class).id("safe-note")).setValue(longNote);
        test(find(TextField.class).id("language")).setValue("l".repeat(61));
        group("access-needs").setValue(Set.of(AccessNeed.OTHER));
        click("continue");

        assertThat(errors()).containsExactly("The note must be 500 characters or less",
                "Preferred language must be 60 characters or less",
                "Tell us what else you need, or untick Something else");
        assertThat(find(TextArea.class).id("safe-note").getValue()).isEqualTo(longNote);

        test(find(TextField.class).id("access-needs-other")).setValue("x".repeat(501));
        click("continue");
        assertThat(errors()).contains("What else you need must be 500 characters or less");
    }

    @Test
    void consent_needs_both_boxes_ticked() {
        navigate(PrivacyStepView.class);
        click("continue");
        assertThat(errors()).containsExactly("Tick both boxes to continue. If you do not agree, you can leave at "
                + "any time with Exit this page.");

        @SuppressWarnings("unchecked")
        CheckboxGroup<String> agree = find(CheckboxGroup.class).id("agree");
        agree.setValue(Set.of(agree.getListDataView().getItems().findFirst().orElseThrow()));
        click("continue");
        assertThat(getCurrentView()).isInstanceOf(PrivacyStepView.class);
        assertThat(errors()).hasSize(1);
    }

    @Test
    void markup_and_sql_in_every_text_field_are_shown_as_typed_and_stored_as_text() {
        var script = "<script>alert('x')</script>";
        var sql = "Robert'); DROP TABLE participant;--";
        draft.chosenName = script;
        draft.fullName = sql;
        draft.forumCodes = new java.util.LinkedHashSet<>(Set.of("open"));
        draft.safeChannels = new java.util.LinkedHashSet<>(Set.of(ChannelType.SMS));
        draft.safeDays = java.util.EnumSet.of(DayOfWeek.MONDAY);
        draft.safeTimes = java.util.EnumSet.of(TimeOfDay.MORNING);
        draft.accessNeeds = java.util.EnumSet.of(AccessNeed.OTHER);
        draft.accessNeedsOther = "<img src=x onerror=alert(1)>";
        draft.agreedNoticeVersion = london.victimvoice.portal.participants.PrivacyNotice.CURRENT_VERSION;
        draft.agreedToContact = true;

        navigate(CheckAnswersView.class);
        var answers = find(DescriptionList.class).single().getElement();
        // Text nodes, not markup: Vaadin sets textContent, so the browser never parses these.
        assertThat(answers.getTextRecursively()).contains(script, sql, "<img src=x onerror=alert(1)>");
        assertThat(answers.getChildren().flatMap(row -> row.getChildren()).anyMatch(e -> e.getTag().equals("script")))
                .isFalse();
        click("send");

        assertThat(getCurrentView()).isInstanceOf(ConfirmationView.class);
    }

    @SuppressWarnings("unchecked")
    private <T> CheckboxGroup<T> group(String id) {
        return find(CheckboxGroup.class).id(id);
    }

    private java.util.List<String> errors() {
        return ErrorSummaryText.of(find(ListItem.class).all());
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }
}
