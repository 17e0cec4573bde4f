package london.victimvoice.portal.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.PrivacyNotice;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.security.StaffDirectory;

/**
 * A running portal on a random port and a fresh headless Chromium per test method, with the
 * few things every browser test does: open a page, fill a field, press a button, Tab to
 * something, read a code from the dev outbox. All browser tests share this one configuration,
 * so Spring starts the portal once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({SessionTracker.class, AdvancingClock.class})
abstract class BrowserTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final int MAX_TAB_PRESSES = 80;
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");
    /** Good enough for a test account on an in-memory database; never used anywhere else. */
    static final String TEST_PASSWORD = "correct-horse-battery-staple-42";
    /** Participants made for sign-in use 07700 900940 upwards, apart from the numbers other tests use. */
    private static final AtomicInteger PARTICIPANT_NUMBERS = new AtomicInteger(940);

    @LocalServerPort
    int port;

    @Autowired
    StaffDirectory staffDirectory;

    @Autowired
    SessionTracker sessions;

    @Autowired
    DevOutbox outbox;

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdvancingClock clock;

    ChromeDriver driver;

    @DynamicPropertySource
    static void neutralSite(DynamicPropertyRegistry registry) {
        registry.add("portal.safety.exit-url", NeutralSite::exitUrl);
        // Every person the browser tests sign in comes from 127.0.0.1, like a hundred people in one
        // office: the per-address limit on codes would stop the suite, not protect anyone.
        registry.add("portal.security.one-time-codes.sends-per-hour-from-one-ip", () -> "100000");
    }

    @BeforeEach
    void startBrowser() {
        driver = Chromium.start();
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path.replaceFirst("^/", "");
    }

    /** Opens a portal page and waits until Vaadin has rendered it. */
    void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    /**
     * Waits until the view is inside {@code <main>} and the Vaadin client has no request in
     * flight, so the page is what a person would see.
     */
    void waitForVaadin() {
        try {
            new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js("""
                    const main = document.querySelector('main#main-content');
                    if (document.readyState !== 'complete' || !main || main.children.length === 0) return false;
                    const flow = window.Vaadin && window.Vaadin.Flow;
                    if (!flow || !flow.clients) return false;
                    return Object.values(flow.clients)
                        .filter(c => c && typeof c.isActive === 'function')
                        .every(c => !c.isActive());
                    """)));
        } catch (TimeoutException e) {
            var body = String.valueOf(js("return document.body ? document.body.innerText : ''"));
            fail("The portal page at " + driver.getCurrentUrl() + " did not finish rendering within " + WAIT
                    + ". It shows: " + body.substring(0, Math.min(body.length(), 500)));
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /**
     * Signs in through the real staff sign-in page with an account made for the test, so the
     * journey covers the form, Spring Security and the session exactly as staff use them.
     */
    void signInAs(String role) {
        if (Roles.PARTICIPANT.equals(role)) {
            signInAsNewMember();
            return;
        }
        var username = "e2e-" + role.toLowerCase(Locale.ROOT);
        staffDirectory.ensureAccount(username, "Test " + role.toLowerCase(Locale.ROOT), role, TEST_PASSWORD);
        open("staff/sign-in");
        find("vaadin-login-form input[name='username']").sendKeys(username);
        var password = find("vaadin-login-form input[name='password']");
        password.sendKeys(TEST_PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("sign-in"));
        waitForVaadin();
    }

    /**
     * Registers a participant through the sign-up service (open forum, waiting for approval) and
     * signs in as them the way participants do: a code to their phone, read from the dev outbox.
     * Each call uses a new number, so the "send again" wait never applies.
     */
    void signInAsNewParticipant() {
        signInAsNew(false);
    }

    /** As {@link #signInAsNewParticipant()}, but approved first: a member of the open forum. */
    UUID signInAsNewMember() {
        return signInAsNew(true);
    }

    private UUID signInAsNew(boolean approved) {
        var n = PARTICIPANT_NUMBERS.incrementAndGet();
        var e164 = "+447700900" + n;
        var id = signUps.submit(new NewRegistration("Robin", null, e164, null, ChannelType.SMS, e164, null, null,
                Set.of("open"), ContactSafety.defaults(Set.of(ChannelType.SMS)), null, PrivacyNotice.CURRENT_VERSION,
                true)).participantId();
        if (approved) {
            // Every browser test shares one portal: room in the open forum for all the members they make.
            jdbc.update("UPDATE forum SET capacity = 1000 WHERE code = 'open'");
            approvals.approve(id, "e2e-approver");
        }
        open("sign-in");
        input("contact").sendKeys("07700 900" + n);
        clickButton("send-code");
        waitForCodeField();
        input("code").sendKeys(codeSentTo(e164.substring(3)));
        clickButton("continue");
        waitForUrl("account");
        return id;
    }

    /** Waits until the browser is at a portal page and Vaadin has rendered it. */
    void waitForUrl(String path) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(url(path)));
        waitForVaadin();
    }

    /** The text box or text area inside the Vaadin field with this id. */
    WebElement input(String id) {
        return find("#" + id + " :is(input, textarea)");
    }

    void clickButton(String id) {
        find("vaadin-button#" + id).click();
    }

    /** Ticks or picks the option whose label starts with {@code labelStart}. */
    void choose(String css, String labelStart) {
        driver.findElements(By.cssSelector(css)).stream()
                .filter(option -> option.getText().strip().startsWith(labelStart))
                .findFirst().orElseThrow(() -> new AssertionError("No option \"" + labelStart + "\" in " + css))
                .click();
    }

    void press(Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /** The code field of the sign-up's "Check it's you" step is only sent to the browser once a code has gone. */
    void waitForCodeField() {
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("vaadin-text-field#code input"))
                .stream().anyMatch(WebElement::isDisplayed));
        waitForVaadin();
    }

    /** The code in the newest message to a recipient, read as the person reads it. */
    String codeSentTo(String recipientEnd) {
        var message = outbox.latest(20).stream().filter(m -> m.recipient().endsWith(recipientEnd)).findFirst()
                .orElseThrow(() -> new AssertionError("No message to " + recipientEnd + " in the outbox"));
        var matcher = SIX_DIGITS.matcher(message.body());
        if (!matcher.find()) {
            throw new AssertionError("No 6-digit code in " + message.body());
        }
        return matcher.group(1);
    }

    /** A code one digit away from the right one. */
    static String wrong(String code) {
        var last = (code.charAt(5) - '0' + 1) % 10;
        return code.substring(0, 5) + last;
    }

    /**
     * Presses Tab until the focused element (looking into shadow roots) is, or is inside, an
     * element matching {@code css} whose text starts with {@code textStart} if given. Checks the
     * current focus first, as a person would not Tab away from where they already are.
     */
    void tabTo(String css, @Nullable String textStart) {
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

    /** Whether focus is on, or inside, an element matching {@code css} (and starting with {@code textStart}). */
    boolean activeMatches(String css, @Nullable String textStart) {
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

    /** What has focus, for failure messages. */
    String describeFocus() {
        return String.valueOf(js("""
                let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                return a ? a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + (a.className ? '.' + a.className : '') : 'nothing';
                """));
    }
}
