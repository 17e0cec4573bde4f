package london.victimvoice.portal.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.PrivacyNotice;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.security.StaffDirectory;

/**
 * A running portal on a random port and a fresh headless Chromium per test method. All browser
 * tests share this one configuration, so Spring starts the portal once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SessionTracker.class)
abstract class BrowserTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    /** Good enough for a test account on an in-memory database; never used anywhere else. */
    static final String TEST_PASSWORD = "correct-horse-battery-staple-42";
    static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");
    /** Participants made for sign-in use 07700 900940 upwards, apart from the numbers other tests use. */
    private static final AtomicInteger PARTICIPANT_NUMBERS = new AtomicInteger(940);

    @LocalServerPort
    int port;

    @Autowired
    StaffDirectory staffDirectory;

    @Autowired
    SessionTracker sessions;

    @Autowired
    SignUps signUps;

    @Autowired
    DevOutbox outbox;

    ChromeDriver driver;

    @DynamicPropertySource
    static void neutralSite(DynamicPropertyRegistry registry) {
        registry.add("portal.safety.exit-url", NeutralSite::exitUrl);
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
            signInAsNewParticipant();
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
        var n = PARTICIPANT_NUMBERS.incrementAndGet();
        var e164 = "+447700900" + n;
        signUps.submit(new NewRegistration("Robin", null, e164, null, ChannelType.SMS, e164, null, null,
                Set.of("open"), ContactSafety.defaults(Set.of(ChannelType.SMS)), null, PrivacyNotice.CURRENT_VERSION,
                true));
        open("sign-in");
        find("vaadin-text-field#contact input").sendKeys("07700 900" + n);
        find("vaadin-button#send-code").click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("vaadin-text-field#code input"))
                .stream().anyMatch(WebElement::isDisplayed));
        find("vaadin-text-field#code input").sendKeys(codeSentTo(e164.substring(3)));
        find("vaadin-button#continue").click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("/account"));
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
}
