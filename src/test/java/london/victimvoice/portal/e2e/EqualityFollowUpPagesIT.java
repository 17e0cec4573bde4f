package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The follow-up equality questions (ethnic background, impact of a health condition) show their
 * radios only after the answer they follow on from; opened on their own, as the route audit
 * opens them, they point back instead. This audits them as a person reaches them.
 */
class EqualityFollowUpPagesIT extends BrowserTest {

    static Stream<Arguments> followUps() {
        return Stream.of(320, 1280).flatMap(width -> Stream.of(
                Arguments.of("join/equality/ethnic-group", "Black, Black British, Caribbean or African",
                        "join/equality/ethnic-background", width),
                Arguments.of("join/equality/ethnic-group", "White", "join/equality/ethnic-background", width),
                Arguments.of("join/equality/disability", "Yes", "join/equality/disability-impact", width)));
    }

    @ParameterizedTest(name = "{2} after \"{1}\" at {3} px")
    @MethodSource("followUps")
    void a_follow_up_question_meets_wcag_22_aa(String from, String answer, String followUp, int width) {
        Chromium.setViewportWidth(driver, width, PageAudit.HEIGHT);
        open(from);
        driver.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(radio -> radio.getText().strip().equals(answer)).findFirst().orElseThrow().click();
        find("vaadin-button#continue").click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(url(followUp)));
        waitForVaadin();
        assertThat(driver.findElements(By.cssSelector("vaadin-radio-group#answer"))).as("the question is shown")
                .hasSize(1);

        var results = new AxeBuilder().withTags(PageAudit.WCAG_TAGS).analyze(driver);

        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        assertThat(results.getViolations()).extracting(rule -> rule.getId() + " at " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).toList()).isEmpty();
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling").isLessThanOrEqualTo(width);
    }
}
