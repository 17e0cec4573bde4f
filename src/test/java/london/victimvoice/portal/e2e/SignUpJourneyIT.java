package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.deque.html.axecore.selenium.AxeReporter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;


/**
 * Registering interest as a participant does it, in a real browser: on a small phone, with only
 * a keyboard, and through the error states of the first three steps.
 */
class SignUpJourneyIT extends BrowserTest {

    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 740;
    private static final int MAX_TAB_PRESSES = 80;
    private static final Path REPORTS = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath().resolve("accessibility-reports");

    /**
     * Acceptance: the whole journey on a 360 x 740 phone, the code read from the dev outbox; then
     * an approver approves in a second browser, and the participant signs in and sees it, with
     * the decision waiting in the outbox.
     */
    @Test
    void a_person_on_a_360_px_phone_registers_is_approved_in_another_browser_and_sees_it()
            throws InterruptedException {
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
        var codeSentAt = System.nanoTime();
        waitForCodeField();
        input("code").sendKeys(codeSentTo("7700900401"));
        clickButton("continue");
        arriveAt("join/forums");

        choose("vaadin-checkbox-group#forums vaadin-checkbox", "Open forum");
        choose("vaadin-checkbox-group#forums vaadin-checkbox", "Women and girls");
        clickButton("continue");
        arriveAt("join/safety");

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
        var sinceLastCode = Duration.ofNanos(System.nanoTime() - codeSentAt);
        if (sinceLastCode.compareTo(Duration.ofSeconds(31)) < 0) {
            Thread.sleep(Duration.ofSeconds(31).minus(sinceLastCode));
        }
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
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(url("")));
        waitForVaadin();
        assertThat(find("#header-account-link").getText()).isEqualTo("Sign in");
        open("account");
        assertThat(find("main h1").getText()).as("signed out: the participant sign-in instead").isEqualTo("Sign in");
    }

    /** An approver, in a browser of their own, finds the sign-up in the queue and approves it. */
    private void approveInAnotherBrowser(String name) {
        var participantBrowser = driver;
        driver = Chromium.start();
        try {
            signInAs(london.victimvoice.portal.security.Roles.APPROVER);
            open("staff/approvals");
            var openButton = "Open " + name;
            for (var page = 0; page < 50 && driver.findElements(By.xpath(
                    "//vaadin-button[normalize-space(.)='" + openButton + "']")).isEmpty(); page++) {
                driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Next page']")).click();
                waitForVaadin();
            }
            driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='" + openButton + "']")).click();
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

    static Stream<Arguments> errorStates() {
        return AccessibilityAuditIT.WIDTHS.stream().flatMap(width -> Stream.of(
                Arguments.of("join/about-you", width),
                Arguments.of("join/contact", width),
                Arguments.of("join/verify", width)));
    }

    @ParameterizedTest(name = "{0} with errors at {1} px")
    @MethodSource("errorStates")
    void an_error_state_takes_focus_links_to_the_field_and_meets_wcag_22_aa(String route, int width) throws IOException {
        Chromium.setViewportWidth(driver, width, AccessibilityAuditIT.HEIGHT);
        var field = switch (route) {
            case "join/about-you" -> {
                open(route);
                clickButton("continue");
                yield "chosen-name";
            }
            case "join/contact" -> {
                open(route);
                input("mobile").sendKeys("020 7946 0018");
                clickButton("continue");
                yield "mobile";
            }
            default -> {
                open("join/contact");
                var mobile = width == 320 ? "07700 900 403" : "07700 900 404";
                input("mobile").sendKeys(mobile);
                clickButton("continue");
                arriveAt(route);
                clickButton("send-code");
                waitForCodeField();
                input("code").sendKeys(wrong(codeSentTo(mobile.replace(" ", "").substring(1))));
                clickButton("continue");
                yield "code";
            }
        };

        new WebDriverWait(driver, WAIT).until(d -> find(".error-summary").isDisplayed());
        waitForVaadin();
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(
                js("return document.activeElement.classList.contains('error-summary')")));
        assertThat(driver.getCurrentUrl()).isEqualTo(url(route));
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat(find(".error-summary").getText()).contains("There is a problem");
        assertThat(find("vaadin-text-field#" + field).getAttribute("invalid")).isNotNull();

        var results = new AxeBuilder().withTags(AccessibilityAuditIT.WCAG_TAGS).analyze(driver);
        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        writeReport(route.replace('/', '_') + "-error-" + width, AxeReporter.serialize(results));
        assertThat(results.getViolations()).extracting(rule -> rule.getId() + " at " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).toList()).isEmpty();
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling").isLessThanOrEqualTo(width);

        tabTo(".error-summary a", null);
        press(Keys.ENTER);
        try {
            new WebDriverWait(driver, WAIT).until(d -> activeMatches("#" + field + " input", null));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The error summary link did not move focus to #" + field + "; focus is on "
                    + js("const a = document.activeElement; return a.tagName + '#' + a.id + '.' + a.className")
                    + " at " + driver.getCurrentUrl() + ", summary shown: "
                    + js("const s = document.querySelector('.error-summary'); return !!s && !s.hidden"), e);
        }
    }

    /** The code field is only sent to the browser once a code has gone. */
    private void waitForCodeField() {
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("vaadin-text-field#code input"))
                .stream().anyMatch(WebElement::isDisplayed));
        waitForVaadin();
    }

    /** Waits for a page of the journey and checks what every page promises on a phone. */
    private void arriveAt(String path) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(url(path)));
        waitForVaadin();
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

    private WebElement input(String id) {
        return find("vaadin-text-field#" + id + " input");
    }

    private void clickButton(String id) {
        find("vaadin-button#" + id).click();
    }

    private void choose(String css, String labelStart) {
        driver.findElements(By.cssSelector(css)).stream()
                .filter(option -> option.getText().strip().startsWith(labelStart))
                .findFirst().orElseThrow(() -> new AssertionError("No option \"" + labelStart + "\" in " + css
                        + " on " + driver.getCurrentUrl() + "; options: " + driver.findElements(By.cssSelector(css))
                        .stream().map(WebElement::getText).toList()))
                .click();
    }

    private static String wrong(String code) {
        var last = (code.charAt(5) - '0' + 1) % 10;
        return code.substring(0, 5) + last;
    }

    private void press(Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /**
     * Presses Tab until the focused element (looking into shadow roots) is, or is inside, an
     * element matching {@code css} whose text starts with {@code textStart} if given. Checks the
     * current focus first, as a person would not Tab away from where they already are.
     */
    private void tabTo(String css, @Nullable String textStart) {
        if (activeMatches(css, textStart)) {
            return;
        }
        for (int i = 0; i < MAX_TAB_PRESSES; i++) {
            press(Keys.TAB);
            if (activeMatches(css, textStart)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + css + (textStart == null ? "" : " \"" + textStart + "\"")
                + " on " + driver.getCurrentUrl());
    }

    private boolean activeMatches(String css, @Nullable String textStart) {
        return Boolean.TRUE.equals(js("""
                let el = document.activeElement;
                while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
                for (let e = el; e; ) {
                  if (e.matches && e.matches(arguments[0])
                      && (arguments[1] === null || (e.textContent || '').trim().startsWith(arguments[1]))) return true;
                  const root = e.getRootNode();
                  e = e.parentElement || (root instanceof ShadowRoot ? root.host : null);
                }
                return false;
                """, css, textStart));
    }

    private static void writeReport(String name, String json) throws IOException {
        Files.createDirectories(REPORTS);
        var mapper = new ObjectMapper();
        var pretty = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
        Files.writeString(REPORTS.resolve(name + ".json"), pretty + "\n", StandardCharsets.UTF_8);
    }
}
