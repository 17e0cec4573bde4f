package london.victimvoice.portal.participants.ui;

import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;

import static org.assertj.core.api.Assertions.assertThat;

/** Step 3 with the real code service: the code is read from the dev outbox, as a person reads their phone. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class VerifyStepTest extends SpringBrowserlessTest {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    DevOutbox outbox;

    @Test
    void without_a_contact_the_step_explains_and_links_back_to_give_one() {
        UI.getCurrent().navigate(ContactView.NEXT);

        assertThat(getCurrentView()).isInstanceOf(VerifyView.class);
        assertThat(find(Button.class).withId("send-code").all()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withText("Tell us how to contact you")
                .single().getHref()).isEqualTo(ContactView.PATH);
    }

    @Test
    void the_code_from_the_text_message_proves_the_mobile_and_moves_on() {
        giveContact("07700 900 123", "");
        click("send-code");

        var message = outbox.latest(1).getFirst();
        assertThat(message.channel()).isEqualTo(ChannelType.SMS);
        assertThat(message.recipient()).isEqualTo("+447700900123");
        assertThat(message.body()).doesNotContainIgnoringCase("victim").doesNotContainIgnoringCase("police")
                .doesNotContainIgnoringCase("forum");
        var code = codeIn(message.body());

        // Pasted with a space in the middle, as phones often show it.
        test(field("code")).setValue(code.substring(0, 3) + " " + code.substring(3));
        click("continue");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(VerifyView.NEXT);
    }

    @Test
    void with_both_contacts_the_person_chooses_email_and_the_code_goes_there() {
        giveContact("07700 900 124", "Sam@Example.org");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Contact> where = find(RadioButtonGroup.class).single();
        assertThat(where.isVisible()).isTrue();

        where.setValue(where.getListDataView().getItems().filter(c -> c.channel() == ChannelType.EMAIL)
                .findFirst().orElseThrow());
        click("send-code");

        assertThat(outbox.latest(1).getFirst().channel()).isEqualTo(ChannelType.EMAIL);
        assertThat(outbox.latest(1).getFirst().recipient()).isEqualTo("Sam@example.org");
    }

    @Test
    void a_wrong_code_says_how_many_tries_are_left_and_six_wrong_codes_need_a_new_code() {
        giveContact("07700 900 125", "");
        click("send-code");
        var right = codeIn(outbox.latest(1).getFirst().body());
        var wrong = right.equals("000000") ? "111111" : "000000";

        test(field("code")).setValue(wrong);
        click("continue");
        assertThat(field("code").getErrorMessage()).isEqualTo(
                "The code is not right. Check it and try again. You have 4 more tries.");

        for (int i = 0; i < 4; i++) {
            click("continue");
        }
        assertThat(field("code").getErrorMessage()).isEqualTo("The code is not right. Ask for a new code.");

        test(field("code")).setValue(right);
        click("continue");
        assertThat(field("code").getErrorMessage()).isEqualTo("You’ve tried too many times. Ask for a new code.");
        assertThat(getCurrentView()).isInstanceOf(VerifyView.class);
    }

    @Test
    void asking_again_straight_away_is_refused_with_the_time_it_will_be_allowed() {
        giveContact("07700 900 126", "");
        click("send-code");
        var sent = outbox.latest(10).size();

        click("send-code");

        assertThat(find(ListItem.class).all()).extracting(li -> li.getElement().getText())
                .anyMatch(t -> t.startsWith("We’ve just sent you a code. You can ask for a new one from "));
        assertThat(outbox.latest(10)).hasSize(sent);
    }

    private void giveContact(String mobile, String email) {
        navigate(ContactView.class);
        test(field("mobile")).setValue(mobile);
        test(field("email")).setValue(email);
        click("continue");
        assertThat(getCurrentView()).isInstanceOf(VerifyView.class);
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }

    private static String codeIn(String body) {
        var matcher = SIX_DIGITS.matcher(body);
        assertThat(matcher.find()).as("a 6-digit code in: %s", body).isTrue();
        return matcher.group(1);
    }
}
