package london.victimvoice.errorcheck;

import java.util.Map;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.PortalApplication;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = PortalApplication.class)
@ActiveProfiles("test")
@ViewPackages(packages = {"london.victimvoice.errorcheck", "london.victimvoice.portal.base.ui"})
@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingTest extends SpringBrowserlessTest {

    private static final Pattern REFERENCE = Pattern.compile("ERR-[A-Z2-9]{4}-[A-Z2-9]{4}");

    @Test
    void a_page_that_fails_shows_a_plain_message_with_a_reference_that_is_in_the_log(CapturedOutput output) {
        UI.getCurrent().navigate("failing", QueryParameters.simple(Map.of("boom", "yes")));

        var view = getCurrentView();
        assertThat(view.getClass().getSimpleName()).isEqualTo("ProblemView");
        var shown = view.getElement().getTextRecursively();
        assertThat(shown).contains("Sorry, something went wrong").doesNotContain(FailingView.SECRET)
                .doesNotContain("Exception").doesNotContain("at london.");
        var reference = REFERENCE.matcher(shown);
        assertThat(reference.find()).as("reference shown: %s", shown).isTrue();
        assertThat(output.getOut()).contains(reference.group()).contains(FailingView.SECRET);
    }

    @Test
    void an_action_that_fails_tells_the_person_plainly_and_logs_the_details(CapturedOutput output) {
        navigate(FailingView.class);

        // What Vaadin does with an exception thrown from a listener in a real request.
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException(FailingView.SECRET)));

        var note = find(Notification.class).single();
        var text = test(note).getText();
        assertThat(text).startsWith("Sorry, something went wrong").doesNotContain(FailingView.SECRET);
        var reference = REFERENCE.matcher(text);
        assertThat(reference.find()).isTrue();
        assertThat(output.getOut()).contains(reference.group()).contains(FailingView.SECRET);
    }
}
