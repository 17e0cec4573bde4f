package london.victimvoice.portal.participants.ui;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.EqualityAnswers;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.ReferralKind;
import london.victimvoice.portal.participants.Referrals;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ReferralCodesViewTest extends SpringBrowserlessTest {

    @Autowired
    SignUps signUps;

    @Autowired
    Referrals referrals;

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
    void each_code_shows_how_many_sign_ups_came_through_it() {
        referrals.create("VS-HACKNEY", "Hackney Victim Support", ReferralKind.VICTIM_SERVICE_PROVIDER, "admin");
        referrals.create("WCU-EAST", "Witness Care East", ReferralKind.WITNESS_CARE_UNIT, "admin");
        signUpThrough("vs-hackney");
        signUpThrough("VS-HACKNEY");
        signUpThrough(null);

        navigate(ReferralCodesView.class);

        assertThat(headings()).contains("Sign-ups");
        assertThat(cell("VS-HACKNEY", "Sign-ups")).isEqualTo("2");
        assertThat(cell("WCU-EAST", "Sign-ups")).isEqualTo("0");
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

    private void signUpThrough(@Nullable String code) {
        var email = "referred." + UUID.randomUUID() + "@example.org";
        signUps.submit(new NewRegistration("Referred", null, null, email, ChannelType.EMAIL, email, code, null,
                Set.of("open"), new ContactSafety(EnumSet.of(ChannelType.EMAIL), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), true, "", "", Set.of(), ""),
                EqualityAnswers.skipped(), 1, true));
    }

    private List<String> headings() {
        var head = tagged(find(NativeTable.class).single().getElement(), "thead").getFirst();
        return cells(tagged(head, "tr").getFirst());
    }

    /** The text in the row of {@code code}, in the column headed {@code heading}. */
    private String cell(String code, String heading) {
        var column = headings().indexOf(heading);
        var tbody = tagged(find(NativeTable.class).single().getElement(), "tbody").getFirst();
        return tagged(tbody, "tr").stream().map(this::cells).filter(row -> row.getFirst().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + code)).get(column);
    }

    private List<String> cells(Element row) {
        return row.getChildren().map(Element::getTextRecursively).toList();
    }

    private static List<Element> tagged(Element parent, String tag) {
        return parent.getChildren().filter(e -> e.getTag().equals(tag)).toList();
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }
}
