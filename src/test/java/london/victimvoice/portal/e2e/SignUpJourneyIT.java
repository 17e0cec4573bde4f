package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

import london.victimvoice.portal.security.Roles;

/**
 * Registering interest as a participant does it, in a real browser: on a small phone and with
 * only a keyboard. The error states are audited by {@link ErrorStatesAuditIT}.
 */
class SignUpJourneyIT extends BrowserTest {

    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 740;

    /**
     * Acceptance: the whole journey on a 360 x 740 phone, the code read from the dev outbox; then
     * an approver approves in a second browser, and the participant signs in and sees it, with
     * the decision waiting in the outbox.
     */
    @Test
    void a_person_on_a_360_px_phone_registers_is_approved_in_another_browser_and_sees_it() {
        Chromium.setViewportWidth(driver, PHONE_WIDTH, PHONE_HEIGHT);
        var started = System.nanoTime();
        open("");
        checkPage();

        driver.findElement(By.linkText("Register your interest")).click();
        arriveAt("join");
        driver.findElement(By.linkText("Start now")).click();
        arriveAt("join/about-you");

        input("chosen-name").sendKeys("Asha Phone");
        input("full-name").sendKeys("Asha Rahman");
        clickButton("continue");
        arriveAt("join/contact");

        input("mobile").sendKeys("07700 900 401");
        clickButton("continue");
        arriveAt("join/verify");

        clickButton("send-code");
        waitForCodeField();
        input("code").sendKeys(codeSentTo("7700900401"));
        clickButton("continue");
        arriveAt("join/forums");

        choose("vaadin-checkbox-group#forums vaadin-checkbox", "Open forum");
        choose("vaadin-checkbox-group#forums vaadin-checkbox", "Women and girls");
        clickButton("continue");
        arriveAt("join/safety");

        clickButton("continue");
        arriveAt("join/heard-from");
        choose("vaadin-radio-group#heard-from vaadin-radio-button", "I found it myself");
        clickButton("continue");
        arriveAt("join/equality");

        find("a#answer-questions").click();
        arriveAt("join/equality/age");
        choose("vaadin-radio-group#answer vaadin-radio-button", "25 to 34");
        clickButton("continue");
        arriveAt("join/equality/sex");
        choose("vaadin-radio-group#answer vaadin-radio-button", "Female");
        clickButton("continue");
        // Wait for the next page before the loop reads the address, or it answers the old page.
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().equals(url("join/equality/sex")));
        var questions = 0;
        while (driver.getCurrentUrl().startsWith(url("join/equality/")) && questions++ < 10) {
            var page = driver.getCurrentUrl();
            waitForVaadin();
            checkPage();
            choose("vaadin-radio-group#answer vaadin-radio-button", "Prefer not to say");
            clickButton("continue");
            new WebDriverWait(driver, WAIT).until(d -> !page.equals(d.getCurrentUrl()));
        }
        arriveAt("join/privacy");

        choose("vaadin-checkbox-group#agree vaadin-checkbox", "I have read how my information");
        choose("vaadin-checkbox-group#agree vaadin-checkbox", "I agree to be contacted");
        clickButton("continue");
        arriveAt("join/check");

        assertThat(find("dl.summary-list").getText()).contains("Asha Phone", "Asha Rahman", "07700 900 401",
                "Open forum", "Women and girls", "Text message", "Yes, keep messages discreet", "Answered");
        clickButton("send");
        arriveAt("join/done");
        assertThat(find("main h1").getText()).isEqualTo("You’ve registered your interest");

        var elapsed = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Sign-up journey at %d x %d px took %.1f s%n", PHONE_WIDTH, PHONE_HEIGHT,
                elapsed.toMillis() / 1000.0);

        approveInAnotherBrowser("Asha Phone");

        // A new code to the same phone is refused for 30 s after the last one, as for anyone.
        clock.advance(Duration.ofSeconds(31));
        open("sign-in");
        input("contact").sendKeys("07700 900 401");
        clickButton("send-code");
        waitForCodeField();
        input("code").sendKeys(codeSentTo("7700900401"));
        clickButton("continue");
        arriveAt("account");
        assertThat(find("main h1").getText()).isEqualTo("Hello, Asha Phone");
        assertThat(find("dl.summary-list").getText()).contains("Open forum\nApproved", "Women and girls\nApproved");
        assertThat(outbox.latest(50)).as("the decision went to the phone, in discreet words")
                .anySatisfy(m -> {
                    assertThat(m.recipient()).isEqualTo("+447700900401");
                    assertThat(m.body()).contains("accepted").doesNotContainIgnoringCase("victim")
                            .doesNotContainIgnoringCase("police").doesNotContainIgnoringCase("forum");
                });

        clickButton("sign-out");
        waitForUrl("");
        assertThat(find("#header-account-link").getText()).isEqualTo("Sign in");
        open("account");
        assertThat(find("main h1").getText()).as("signed out: the participant sign-in instead").isEqualTo("Sign in");
    }

    /** An approver, in a browser of their own, finds the sign-up in the queue and approves it. */
    private void approveInAnotherBrowser(String name) {
        var participantBrowser = driver;
        driver = Chromium.start();
        try {
            signInAs(Roles.APPROVER);
            open("staff/approvals");
            var openButton = By.xpath("//vaadin-button[normalize-space(.)='Open " + name + "']");
            for (var page = 0; page < 50 && driver.findElements(openButton).isEmpty(); page++) {
                driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Next page']")).click();
                waitForVaadin();
            }
            driver.findElement(openButton).click();
            waitForVaadin();
            clickButton("approvals-approve");
            waitForVaadin();
            clickButton("approvals-confirm-yes");
            waitForVaadin();
            new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector("body")).getText()
                    .contains("The sign-up from " + name + " is approved."));
        } finally {
            driver.quit();
            driver = participantBrowser;
        }
    }

    @Test
    void a_person_registers_with_only_the_keyboard() {
        open("");

        tabTo("a", "Register your interest");
        press(Keys.ENTER);
        arriveAt("join");
        tabTo("a", "Start now");
        press(Keys.ENTER);
        arriveAt("join/about-you");

        tabTo("#chosen-name input", null);
        type("Kai");
        tabTo("vaadin-button#continue", null);
        press(Keys.ENTER);
        arriveAt("join/contact");

        tabTo("#mobile input", null);
        type("07700 900 402");
        tabTo("vaadin-button#continue", null);
        press(Keys.SPACE);
        arriveAt("join/verify");

        tabTo("vaadin-button#send-code", null);
        press(Keys.ENTER);
        // Sending moves focus to the code field.
        new WebDriverWait(driver, WAIT).until(d -> activeMatches("#code input", null));
        type(codeSentTo("7700900402"));
        tabTo("vaadin-button#continue", null);
        press(Keys.ENTER);
        arriveAt("join/forums");

        tabTo("vaadin-checkbox-group#forums vaadin-checkbox", "Open forum");
        press(Keys.SPACE);
        tabTo("vaadin-checkbox-group#forums vaadin-checkbox", "LGBTQ+");
        press(Keys.SPACE);
        tabTo("vaadin-button#continue", null);
        press(Keys.ENTER);
        arriveAt("join/safety");

        tabTo("vaadin-button#continue", null);
        press(Keys.ENTER);
        arriveAt("join/heard-from");

        tabTo("vaadin-button#continue", null);
        press(Keys.ENTER);
        arriveAt("join/equality");

        tabTo("vaadin-button#skip", null);
        press(Keys.SPACE);
        arriveAt("join/privacy");

        tabTo("vaadin-checkbox-group#agree vaadin-checkbox", "I have read how my information");
        press(Keys.SPACE);
        tabTo("vaadin-checkbox-group#agree vaadin-checkbox", "I agree to be contacted");
        press(Keys.SPACE);
        tabTo("vaadin-button#continue", null);
        press(Keys.ENTER);
        arriveAt("join/check");

        assertThat(find("dl.summary-list").getText()).contains("Kai", "07700 900 402", "Open forum", "LGBTQ+",
                "Not answered");
        tabTo("vaadin-button#send", null);
        press(Keys.ENTER);
        arriveAt("join/done");
        assertThat(find("main h1").getText()).isEqualTo("You’ve registered your interest");
    }

    /** Waits for a page of the journey and checks what every page promises on a phone. */
    private void arriveAt(String path) {
        waitForUrl(path);
        checkPage();
    }

    private void checkPage() {
        var where = driver.getCurrentUrl();
        assertThat(find("main h1").getText()).as("heading on " + where).isNotBlank();
        assertThat(find(".exit-this-page__button").isDisplayed()).as("Exit this page on " + where).isTrue();
        var width = ((Number) js("return window.innerWidth")).intValue();
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on " + where + " at " + width + " px").isLessThanOrEqualTo(width);
    }
}
