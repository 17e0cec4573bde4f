package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A participant's sign-in belongs to their session and nothing else: another browser, and the
 * same browser once signed out, must never be shown as anyone, on any of the server's request
 * threads. A full run once showed a signed-out browser the page of a participant who had signed
 * in elsewhere earlier; signing in had also put the identity on the request thread.
 */
class ParticipantSessionIT extends BrowserTest {

    private static final int ROUNDS = 6;
    private static final int VISITS = 10;

    @Test
    void after_signing_out_and_in_other_browsers_nobody_is_shown_as_another_participant() {
        var first = driver;
        ChromeDriver second = Chromium.start();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                driver = second;
                driver.manage().deleteAllCookies();
                signInAsNewParticipant();

                driver = first;
                driver.manage().deleteAllCookies();
                signInAsNewParticipant();
                clickButton("sign-out");
                waitForUrl("");
                for (int visit = 0; visit < VISITS; visit++) {
                    open("account");
                    assertThat(find("main h1").getText()).as("round %d, visit %d after signing out", round, visit)
                            .isEqualTo("Sign in");
                }
            }
        } finally {
            second.quit();
            driver = first;
        }
    }
}
