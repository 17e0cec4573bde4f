package london.victimvoice.portal.e2e;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README promise: in the dev profile a demo coordinator, whose password is printed once in
 * the log, can sign in and open the dev outbox.
 */
@ActiveProfiles(value = "dev", inheritProfiles = false)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:demo;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsIT extends BrowserTest {

    private static final Pattern COORDINATOR = Pattern.compile("COORDINATOR: (demo-coordinator) / (\\S+)");

    @Test
    void the_demo_coordinator_from_the_log_signs_in_and_opens_the_dev_outbox(CapturedOutput output) {
        var credentials = COORDINATOR.matcher(output.getOut());
        assertThat(credentials.find()).as("demo coordinator printed in the log").isTrue();
        assertThat(COORDINATOR.matcher(output.getOut()).results().count()).as("printed once").isEqualTo(1);

        open("staff/sign-in");
        find("vaadin-login-form input[name='username']").sendKeys(credentials.group(1));
        find("vaadin-login-form input[name='password']").sendKeys(credentials.group(2), Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("/staff"));
        waitForVaadin();

        driver.findElement(By.cssSelector("nav.staff-nav a[href$='dev-outbox']")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("/staff/dev-outbox"));
        waitForVaadin();
        assertThat(find("h1").getText()).isEqualTo("Dev outbox");
    }
}
