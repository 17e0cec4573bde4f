package london.victimvoice.portal.participants.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
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
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;

@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ApprovalsViewTest extends SpringBrowserlessTest {

    @Autowired
    SignUps signUps;

    @BeforeEach
    void signInAsApprover() {
        SignedInAs.role(Roles.APPROVER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_approver_opens_a_sign_up_and_approves_it_after_confirming() {
        signUp("Robin");
        navigate(ApprovalsView.class);
        assertThat(find(NativeTable.class).single().getElement().getTextRecursively()).contains("Robin", "Open forum");

        test(find(Button.class).withText("Open Robin").single()).click();
        assertThat(find(Button.class).id("approvals-approve")).isNotNull();
        test(find(Button.class).id("approvals-approve")).click();
        test(find(Button.class).withText("Yes, approve").single()).click();

        assertThat(status()).contains("The sign-up from Robin is approved.", "They have been sent a message.");
        assertThat(find(NativeTable.class).all()).isEmpty();
    }

    @Test
    void declining_without_a_reason_is_shown_at_the_reason_and_decides_nothing() {
        signUp("Kim");
        var view = navigate(ApprovalsView.class);
        test(find(Button.class).withText("Open Kim").single()).click();

        test(find(Button.class).id("approvals-decline")).click();

        var reason = find(TextArea.class).id("approvals-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Enter a reason for declining");
        var summary = find(ErrorSummary.class).single();
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getElement().getTextRecursively()).contains("Enter a reason for declining");
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(find(Button.class).withText("Yes, decline").all()).isEmpty();

        test(reason).setValue("Not in London");
        test(find(Button.class).id("approvals-decline")).click();
        assertThat(summary.hasErrors()).as("the errors go once there is a reason").isFalse();
        assertThat(view.getPageTitle()).doesNotStartWith("Error: ");
        test(find(Button.class).withText("Yes, decline").single()).click();
        assertThat(status()).contains("The sign-up from Kim is declined.");
    }

    private String status() {
        return find(Paragraph.class).all().stream().filter(p -> "status".equals(p.getElement().getAttribute("role")))
                .findFirst().orElseThrow().getText();
    }

    private void signUp(String name) {
        var phone = "+447700900" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        signUps.submit(new NewRegistration(name, null, phone, null, ChannelType.SMS, phone, null, null,
                Set.of("open"), new ContactSafety(EnumSet.of(ChannelType.SMS), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), true, "", "", EnumSet.noneOf(AccessNeed.class), ""),
                null, 1, true));
    }
}
