package london.victimvoice.portal.participants.ui;

import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.participants.ForumAvailability;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole sign-up, page by page, with the real services: what a person does, what gets stored.
 * No "send again" wait, so one test can register the same phone twice.
 */
@SpringBootTest(properties = "portal.security.one-time-codes.send-again-after=0s")
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class SignUpJourneyTest extends SpringBrowserlessTest {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    DevOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    london.victimvoice.portal.security.ParticipantSessions sessions;

    @Test
    void a_person_registers_from_start_to_confirmation_and_one_participant_is_stored() {
        walkToCheckAnswers("07700 900 301");

        var answers = find(DescriptionList.class).single().getElement().getTextRecursively();
        assertThat(answers).contains("Asha", "07700 900 301", "Open forum", "Women and girls", "Text message",
                "Yes, keep messages discreet");
        test(find(Button.class).id("send")).click();

        assertThat(getCurrentView()).isInstanceOf(ConfirmationView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("You’ve registered your interest");
        assertThat(jdbc.queryForObject("select count(*) from participant", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from forum_request", Integer.class)).isEqualTo(2);
    }

    @Test
    void a_full_forum_shows_as_a_waiting_list_place_on_check_your_answers_and_the_confirmation() {
        // Women and girls has no places; the open forum has plenty.
        jdbc.update("UPDATE forum SET capacity = 0 WHERE code = 'women-and-girls'");

        walkToCheckAnswers("07700 900 304");

        var answers = find(DescriptionList.class).single().getElement().getTextRecursively();
        assertThat(answers).contains("Women and girls (you’ll join the waiting list)")
                .doesNotContain("Open forum (you’ll join the waiting list)");
        click("send");

        assertThat(getCurrentView()).isInstanceOf(ConfirmationView.class);
        assertThat(find(Div.class).id("waiting-list").getElement().getTextRecursively()).contains(
                "Women and girls: there are no places free just now, so you’ll join the waiting list.",
                "We’ll tell you when a place is free.").doesNotContain("Open forum");
    }

    @Test
    void the_confirmation_mentions_no_waiting_list_when_every_forum_had_a_place() {
        walkToCheckAnswers("07700 900 305");
        click("send");

        assertThat(getCurrentView()).isInstanceOf(ConfirmationView.class);
        assertThat(find(Div.class).withId("waiting-list").all()).isEmpty();
    }

    @Test
    void a_change_link_returns_to_check_your_answers_with_the_new_answer() {
        walkToCheckAnswers("07700 900 302");

        test(find(Anchor.class).all().stream().filter(a -> a.getHref().startsWith(AboutYouView.PATH + "?"))
                .findFirst().orElseThrow()).click();
        assertThat(field("chosen-name").getValue()).isEqualTo("Asha");
        test(field("chosen-name")).setValue("Ash");
        click("continue");

        assertThat(getCurrentView()).isInstanceOf(CheckAnswersView.class);
        assertThat(find(DescriptionList.class).single().getElement().getTextRecursively()).contains("Ash");
    }

    @Test
    void proving_an_already_registered_phone_signs_the_person_in_and_stores_nothing_twice() {
        walkToCheckAnswers("07700 900 303");
        click("send");
        assertThat(getCurrentView()).isInstanceOf(ConfirmationView.class);

        navigate(AboutYouView.class);
        test(field("chosen-name")).setValue("Asha again");
        click("continue");
        test(field("mobile")).setValue("07700 900 303");
        click("continue");
        click("send-code");
        test(field("code")).setValue(latestCode());
        click("continue");

        // The page reloads into their own page; the session is now theirs.
        assertThat(sessions.current()).as("signed in as the participant").isPresent();
        UI.getCurrent().navigate(HomeView.PATH, com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of(HomeView.ALREADY_REGISTERED, "")));
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("account-status").getText())
                .isEqualTo("You had already signed up with us, so we have signed you in.");
        assertThat(jdbc.queryForObject("select count(*) from participant", Integer.class)).isEqualTo(1);
    }

    @Test
    void check_your_answers_without_a_finished_journey_explains_and_offers_to_start_again() {
        UI.getCurrent().navigate(CheckAnswersView.PATH);

        assertThat(find(Button.class).withId("send").all()).isEmpty();
        assertThat(find(Anchor.class).withText("Start again").single().getHref()).isEqualTo("join");
    }

    private void walkToCheckAnswers(String mobile) {
        navigate(AboutYouView.class);
        test(field("chosen-name")).setValue("Asha");
        click("continue");

        test(field("mobile")).setValue(mobile);
        click("continue");

        click("send-code");
        test(field("code")).setValue(latestCode());
        click("continue");

        assertThat(getCurrentView()).isInstanceOf(ForumsStepView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<ForumAvailability> forums = find(CheckboxGroup.class).id("forums");
        forums.setValue(java.util.Set.copyOf(forums.getListDataView().getItems()
                .filter(f -> f.code().equals("open") || f.code().equals("women-and-girls")).toList()));
        click("continue");

        assertThat(getCurrentView()).isInstanceOf(SafetyStepView.class);
        click("continue");

        assertThat(getCurrentView()).isInstanceOf(HeardFromView.class);
        click("continue");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("EqualityStartView");
        click("skip");

        assertThat(getCurrentView()).isInstanceOf(PrivacyStepView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> agree = find(CheckboxGroup.class).id("agree");
        agree.setValue(java.util.Set.copyOf(agree.getListDataView().getItems().toList()));
        click("continue");

        assertThat(getCurrentView()).isInstanceOf(CheckAnswersView.class);
    }

    private String latestCode() {
        var matcher = SIX_DIGITS.matcher(outbox.latest(1).getFirst().body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }
}
