package london.victimvoice.portal.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

import london.victimvoice.portal.security.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2.1: before an idle session closes, people are warned and can stay signed in. The
 * timeout is shortened to a minute here (the shortest a servlet session takes), with the warning
 * 50 s before, so it appears after about 10 s of inactivity.
 */
@TestPropertySource(properties = {"server.servlet.session.timeout=1m", "portal.session.warning-before=50s"})
class SessionTimeoutIT extends BrowserTest {

    private static final String OPEN_DIALOG = "return !!document.querySelector('dialog.session-timeout[open]')";

    @Test
    void an_idle_person_is_warned_and_can_stay_signed_in() throws InterruptedException {
        signInAs(Roles.COORDINATOR);
        assertThat(js(OPEN_DIALOG)).as("no warning straight after activity").isEqualTo(false);

        waitForWarning();
        assertThat(find("dialog.session-timeout h2").getText()).isEqualTo("You’ll be signed out soon");
        assertThat(String.valueOf(js("return document.activeElement.closest('dialog') !== null")))
                .as("focus moves into the warning").isEqualTo("true");

        find("dialog.session-timeout .session-timeout__stay").click();
        assertThat(js(OPEN_DIALOG)).as("the warning closes").isEqualTo(false);

        Thread.sleep(5_000);
        assertThat(js(OPEN_DIALOG)).as("staying signed in starts the idle time again").isEqualTo(false);
        waitForWarning();
        assertThat(driver.getCurrentUrl()).as("still on the staff page, still signed in").endsWith("/staff");
    }

    private void waitForWarning() {
        new WebDriverWait(driver, Duration.ofSeconds(25)).until(d -> Boolean.TRUE.equals(js(OPEN_DIALOG)));
    }
}
