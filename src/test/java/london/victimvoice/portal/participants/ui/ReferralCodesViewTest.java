package london.victimvoice.portal.participants.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ReferralCodesViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void signInAsAdmin() {
        SignedInAs.role(Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_admin_adds_a_code_and_sees_it_listed_with_its_link() {
        navigate(ReferralCodesView.class);

        add("vs-camden", "Camden Victim Support");

        var table = find(NativeTable.class).single().getElement().getTextRecursively();
        assertThat(table).contains("VS-CAMDEN", "Camden Victim Support", "/join?ref=VS-CAMDEN", "On");
        assertThat(field("referral-code").getValue()).isEmpty();
    }

    @Test
    void a_bad_code_is_shown_at_the_field_and_what_was_typed_is_kept() {
        var view = navigate(ReferralCodesView.class);

        add("no spaces please", "Partner");

        assertThat(find(ErrorSummary.class).single().getElement().getTextRecursively())
                .contains("There is a problem", "Code must be 3 to 40");
        assertThat(view.getPageTitle()).startsWith("Error: ");

        var code = field("referral-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("Code must be 3 to 40");
        assertThat(code.getValue()).isEqualTo("no spaces please");
        assertThat(field("referral-partner").getValue()).isEqualTo("Partner");
        assertThat(find(NativeTable.class).all()).isEmpty();
    }

    @Test
    void a_missing_partner_name_is_shown_at_the_partner_field() {
        navigate(ReferralCodesView.class);

        add("GOOD-CODE", " ");

        assertThat(field("referral-partner").isInvalid()).isTrue();
        assertThat(field("referral-partner").getErrorMessage()).isEqualTo("Enter the partner’s name");
    }

    @Test
    void a_code_can_be_turned_off_and_on_again() {
        navigate(ReferralCodesView.class);
        add("WCU-1", "Witness Care");

        test(find(Button.class).withText("Turn off WCU-1").single()).click();
        assertThat(find(NativeTable.class).single().getElement().getTextRecursively()).contains("Off");

        test(find(Button.class).withText("Turn on WCU-1").single()).click();
        assertThat(find(NativeTable.class).single().getElement().getTextRecursively()).contains("On");
    }

    private void add(String code, String partner) {
        test(field("referral-code")).setValue(code);
        test(field("referral-partner")).setValue(partner);
        test(find(Button.class).id("referral-add")).click();
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }
}
