package london.victimvoice.portal.participants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;

/**
 * Signing in with a code, the participant's own page, changing contact safety, leaving a forum,
 * and carrying on a half-finished sign-up: with the real services and the dev outbox.
 */
@SpringBootTest(properties = "portal.security.one-time-codes.send-again-after=0s")
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ParticipantSignInTest extends SpringBrowserlessTest {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    DevOutbox outbox;

    @Autowired
    SignUps signUps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    london.victimvoice.portal.security.ParticipantSessions sessions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_registered_participant_signs_in_with_a_code_and_sees_their_forums_and_choices() {
        register("+447700900501", "Noor");

        signInWith("07700 900 501");

        assertThat(roles()).containsExactly("ROLE_PARTICIPANT");
        navigate(HomeView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Hello, Noor");
        assertThat(find(Paragraph.class).all()).as("visible paragraphs")
                .noneMatch(p -> p.getText().contains("not in any forum"));
        var page = text();
        assertThat(page).contains("Open forum", "Women and girls", "Waiting for approval", "07700 900501",
                "Text message", "Yes, keep messages discreet", "Step-free access");
    }

    @Test
    void an_unknown_contact_gets_the_same_answer_but_no_message_and_no_code_works() {
        var before = outbox.latest(50).size();
        navigate(SignInView.class);
        test(field("contact")).setValue("07700 900 599");
        click("send-code");

        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("If 07700 900599 is one we know, we’ve sent a code to it. It stops working after 10 minutes.");
        assertThat(outbox.latest(50)).hasSize(before);
        test(field("code")).setValue("123456");
        click("continue");
        assertThat(errors()).hasSize(1);
        assertThat(roles()).isEmpty();
    }

    @Test
    void a_wrong_code_is_an_error_at_the_field_and_signs_nobody_in() {
        register("+447700900502", "Ola");
        navigate(SignInView.class);
        test(field("contact")).setValue("07700900502");
        click("send-code");
        var right = latestCode();
        test(field("code")).setValue(right.equals("000000") ? "111111" : "000000");
        click("continue");

        assertThat(errors()).singleElement().asString().startsWith("The code is not right");
        assertThat(field("code").isInvalid()).isTrue();
        assertThat(roles()).isEmpty();
    }

    @Test
    void what_is_typed_must_be_a_mobile_or_an_email_address() {
        navigate(SignInView.class);
        click("send-code");
        assertThat(errors()).containsExactly("Enter your mobile number or email address");

        test(field("contact")).setValue("020 7946 0018");
        click("send-code");
        assertThat(errors()).singleElement().asString().contains("landline");

        test(field("contact")).setValue("someone@");
        click("send-code");
        assertThat(errors()).hasSize(1);
        assertThat(outbox.latest(10)).isEmpty();
    }

    @Test
    void changing_contact_safety_is_checked_and_saved() {
        register("+447700900503", "Kit");
        signInWith("07700 900 503");
        navigate(SafetyEditView.class);

        @SuppressWarnings("unchecked")
        CheckboxGroup<DayOfWeek> days = find(CheckboxGroup.class).id("safe-days");
        days.setValue(Set.of());
        click("save");
        assertThat(errors()).containsExactly("Choose at least one day when it is safe to contact you");

        days.setValue(Set.of(DayOfWeek.SATURDAY));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> discreet = find(RadioButtonGroup.class).id("discreet");
        discreet.setValue(false);
        test(find(TextArea.class).id("safe-note")).setValue("<script>alert(1)</script>");
        click("save");

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(find(Paragraph.class).id("account-status").getText()).isEqualTo("Your changes have been saved.");
        assertThat(text()).contains("Saturday", "No, you can say what the message is about");
        assertThat(jdbc.queryForObject("select safe_days from participant", String.class)).isEqualTo("SATURDAY");
        assertThat(jdbc.queryForObject("select discreet_messages from participant", Boolean.class)).isFalse();
    }

    @Test
    void leaving_a_forum_asks_first_then_it_is_gone_from_the_page() {
        register("+447700900504", "Lee");
        signInWith("07700 900 504");
        navigate(HomeView.class);

        click("leave-women-and-girls");
        assertThat(find(Button.class).id("confirm-leave").isVisible()).isTrue();
        click("cancel-leave");
        assertThat(statusOf("women-and-girls")).isEqualTo("PENDING_APPROVAL");

        click("leave-women-and-girls");
        click("confirm-leave");

        assertThat(find(Paragraph.class).id("account-status").getText()).isEqualTo("You have left Women and girls.");
        assertThat(find(DescriptionList.class).first().getElement().getTextRecursively())
                .contains("Open forum").doesNotContain("Women and girls");
        assertThat(statusOf("women-and-girls")).isEqualTo("WITHDRAWN");
        assertThat(statusOf("open")).isEqualTo("PENDING_APPROVAL");
    }

    @Test
    void a_half_finished_sign_up_carries_on_after_signing_in_in_a_new_session() {
        navigate(AboutYouView.class);
        test(field("chosen-name")).setValue("Rae");
        click("continue");
        test(field("mobile")).setValue("07700 900 505");
        click("continue");
        click("send-code");
        test(field("code")).setValue(latestCode());
        click("continue");
        @SuppressWarnings("unchecked")
        CheckboxGroup<london.victimvoice.portal.participants.ForumAvailability> forums = find(CheckboxGroup.class).id("forums");
        forums.setValue(Set.copyOf(forums.getListDataView().getItems()
                .filter(f -> f.code().equals("lgbtq")).toList()));
        click("continue");
        assertThat(getCurrentView()).isInstanceOf(SafetyStepView.class);

        // The session ends (timed out, or the phone died): this session's copy is gone.
        getDraft().clear();
        signInWith("07700 900 505");

        assertThat(getCurrentView()).isInstanceOf(SafetyStepView.class);
        assertThat(roles()).as("no participant yet, so nobody is signed in").isEmpty();
        click("continue");
        assertThat(getCurrentView()).isInstanceOf(HeardFromView.class);
        click("continue");
        click("skip");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> agree = find(CheckboxGroup.class).id("agree");
        agree.setValue(Set.copyOf(agree.getListDataView().getItems().toList()));
        click("continue");
        assertThat(find(DescriptionList.class).single().getElement().getTextRecursively())
                .contains("Rae", "07700 900 505", "LGBTQ+");
        click("send");

        assertThat(getCurrentView()).isInstanceOf(ConfirmationView.class);
        assertThat(jdbc.queryForObject("select count(*) from sign_up_draft", Integer.class))
                .as("the kept copy goes once the sign-up is stored").isZero();
    }

    /** This browser session's draft (session-scoped), as the pages see it. */
    private SignUpDraft getDraft() {
        return context.getBean(SignUpDraft.class);
    }

    private void register(String mobile, String name) {
        signUps.submit(new NewRegistration(name, null, mobile, null, ChannelType.SMS, mobile, null, "FOUND_IT_MYSELF",
                Set.of("open", "women-and-girls"),
                new ContactSafety(EnumSet.of(ChannelType.SMS), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), true, "", "", EnumSet.of(AccessNeed.STEP_FREE_ACCESS), ""),
                null, 1, true));
    }

    private void signInWith(String mobile) {
        navigate(SignInView.class);
        test(field("contact")).setValue(mobile);
        click("send-code");
        test(field("code")).setValue(latestCode());
        click("continue");
    }

    private String statusOf(String forum) {
        return jdbc.queryForObject("select status from forum_request where forum_code = ?", String.class, forum);
    }

    /** The roles of whoever this browser session is signed in as, as the portal reads them. */
    private java.util.List<String> roles() {
        return sessions.current().isPresent() ? java.util.List.of("ROLE_PARTICIPANT") : java.util.List.of();
    }

    private java.util.List<String> errors() {
        return ErrorSummaryText.of(find(ListItem.class).all());
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
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
