package london.victimvoice.portal.participants.ui;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.participants.ReferralKind;
import london.victimvoice.portal.participants.Referrals;

import static org.assertj.core.api.Assertions.assertThat;

/** The first sign-up steps: every validation rule, and nothing typed is ever lost. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SignUpStepsTest extends SpringBrowserlessTest {

    @Autowired
    Referrals referrals;

    @Test
    void a_partner_link_answers_how_they_heard_about_us() {
        referrals.create("WCU-EAST", "Witness Care East", ReferralKind.WITNESS_CARE_UNIT, "admin");

        UI.getCurrent().navigate("join", QueryParameters.simple(Map.of("ref", "wcu-east")));
        navigate(HeardFromView.class);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<HeardFrom> heardFrom = find(RadioButtonGroup.class).single();
        assertThat(heardFrom.getValue()).isEqualTo(HeardFrom.WITNESS_CARE_UNIT);
    }

    @Test
    void an_unknown_referral_code_is_ignored() {
        UI.getCurrent().navigate("join", QueryParameters.simple(Map.of("ref", "<script>alert(1)</script>")));

        assertThat(getCurrentView()).isInstanceOf(JoinStartView.class);
    }

    @Test
    void an_empty_name_is_an_error_in_the_summary_and_at_the_field() {
        navigate(AboutYouView.class);

        clickContinue();

        assertThat(getCurrentView()).isInstanceOf(AboutYouView.class);
        var name = field("chosen-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the name you’d like us to use");
        assertThat(summaryLinks()).containsExactly("Enter the name you’d like us to use");
    }

    @Test
    void a_2000_character_name_is_refused_and_kept_for_correcting() {
        navigate(AboutYouView.class);
        var tooLong = "A".repeat(2000);

        test(field("chosen-name")).setValue(tooLong);
        clickContinue();

        assertThat(field("chosen-name").getErrorMessage()).contains("80 characters");
        assertThat(field("chosen-name").getValue()).isEqualTo(tooLong);
    }

    @Test
    void emoji_right_to_left_and_markup_names_are_accepted_and_kept_as_typed() {
        for (var name : new String[] {"Zoë 🌈", "محمد", "<script>alert(1)</script>", "'; DROP TABLE x;--"}) {
            navigate(AboutYouView.class);
            test(field("chosen-name")).setValue(name);
            clickContinue();

            assertThat(getCurrentView()).as(name).isInstanceOf(ContactView.class);
            test(find(Anchor.class).withText("Back").single()).click();
            assertThat(field("chosen-name").getValue()).as("kept after Back").isEqualTo(name);
        }
    }

    @Test
    void contact_needs_a_mobile_or_an_email() {
        navigate(ContactView.class);

        clickContinue();

        assertThat(field("mobile").getErrorMessage()).isEqualTo("Enter a UK mobile number or an email address");
        assertThat(getCurrentView()).isInstanceOf(ContactView.class);
    }

    @Test
    void a_landline_a_foreign_number_and_a_malformed_email_are_each_explained() {
        navigate(ContactView.class);

        test(field("mobile")).setValue("020 7946 0000");
        test(field("email")).setValue("name@@example");
        clickContinue();
        assertThat(field("mobile").getErrorMessage()).startsWith("A landline cannot get text messages");
        assertThat(field("email").getErrorMessage()).startsWith("Enter an email address in the correct format");
        assertThat(summaryLinks()).hasSize(2);

        test(field("mobile")).setValue("+1 212 555 0100");
        clickContinue();
        assertThat(field("mobile").getErrorMessage()).startsWith("Enter a UK phone number");
        assertThat(field("email").getValue()).as("kept").isEqualTo("name@@example");
    }

    @Test
    void a_valid_mobile_alone_moves_on_to_verification() {
        navigate(ContactView.class);

        test(field("mobile")).setValue("07700 900 982");
        clickContinue();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(ContactView.NEXT);
    }

    private void clickContinue() {
        test(find(Button.class).id("continue")).click();
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }

    private java.util.List<String> summaryLinks() {
        return find(Anchor.class).all().stream().filter(a -> a.getHref().startsWith("#"))
                .map(Anchor::getText).toList();
    }
}
