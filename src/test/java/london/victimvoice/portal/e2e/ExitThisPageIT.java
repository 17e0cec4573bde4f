package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Exit this page" as a participant uses it, in a real browser, on every kind of participant page. */
class ExitThisPageIT extends BrowserTest {

    private static final String BUTTON = ".exit-this-page__button";
    private static final String INDICATOR = ".exit-this-page__indicator";

    @ParameterizedTest
    @ValueSource(strings = {"", "staying-safe-online"})
    void clicking_exit_leaves_for_the_neutral_site_and_back_does_not_return(String page) {
        driver.get(NeutralSite.startUrl());
        open(page);
        var historyBefore = historyLength();

        find(BUTTON).click();

        waitForNeutralSite();
        assertThat(historyLength()).as("location.replace must not add a history entry").isEqualTo(historyBefore);
        driver.navigate().back();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(NeutralSite.startUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "staying-safe-online"})
    void the_page_is_hidden_in_the_same_moment_as_the_click(String page) {
        open(page);

        @SuppressWarnings("unchecked")
        var state = (Map<String, Object>) js("""
                document.querySelector(arguments[0]).click();
                return {
                  hidden: document.documentElement.classList.contains('exit-this-page--hide-content'),
                  mainShown: document.querySelector('main').getClientRects().length > 0,
                  buttonShown: document.querySelector(arguments[0]).getClientRects().length > 0
                };
                """, BUTTON);

        assertThat(state).containsEntry("hidden", true)
                .containsEntry("mainShown", false)
                .containsEntry("buttonShown", false);
        waitForNeutralSite();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "staying-safe-online"})
    void three_shift_presses_within_five_seconds_exit_and_each_press_is_announced(String page) {
        open(page);

        pressShift();
        assertThat(indicatorText()).isEqualTo("Shift, press 2 more times to exit.");
        pressShift();
        assertThat(indicatorText()).isEqualTo("Shift, press 1 more time to exit.");
        pressShift();

        waitForNeutralSite();
    }

    @Test
    void another_key_between_shift_presses_starts_the_count_again() {
        open("");

        pressShift();
        pressShift();
        new Actions(driver).sendKeys("a").perform();
        pressShift();

        assertStillOnPortal();
        assertThat(indicatorText()).isEqualTo("Shift, press 2 more times to exit.");
    }

    @Test
    void shift_presses_further_apart_than_five_seconds_do_not_exit_and_the_timeout_is_announced() {
        open("");

        pressShift();
        pressShift();
        new WebDriverWait(driver, Duration.ofSeconds(8))
                .until(d -> "Exit this page expired.".equals(indicatorText()));
        pressShift();

        assertStillOnPortal();
    }

    @Test
    void the_live_region_is_a_polite_status_that_is_empty_until_shift_is_pressed() {
        open("");

        var indicator = find(INDICATOR);
        assertThat(indicator.getAttribute("role")).isEqualTo("status");
        assertThat(indicator.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(indicator.getText()).isEmpty();
    }

    @Test
    void exiting_ends_the_participant_session_on_the_server() {
        open("");
        var before = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(before).as("a participant page opens a session").isNotNull();

        find(BUTTON).click();
        waitForNeutralSite();

        new WebDriverWait(driver, WAIT).until(d -> sessions.hasEnded(before.getValue()));
        open("");
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before.getValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Enter", "Space"})
    void the_focused_button_exits_with_enter_or_space_like_any_button(String key) {
        open("");
        find(BUTTON);
        js("document.querySelector(arguments[0]).focus()", BUTTON);

        new Actions(driver).sendKeys("Enter".equals(key) ? Keys.ENTER : Keys.SPACE).perform();

        waitForNeutralSite();
    }

    @Test
    void the_button_stays_at_the_top_while_the_page_scrolls() {
        Chromium.setViewportWidth(driver, 320, 480);
        open("staying-safe-online");
        var container = find(".exit-this-page");
        assertThat(container.getCssValue("position")).isEqualTo("sticky");
        assertThat(container.getCssValue("top")).isEqualTo("0px");

        js("window.scrollTo(0, document.documentElement.scrollHeight)");

        assertThat(((Number) js("return window.scrollY")).doubleValue()).as("the page scrolled").isPositive();
        var top = ((Number) js("return document.querySelector(arguments[0]).getBoundingClientRect().top", BUTTON))
                .doubleValue();
        assertThat(top).isBetween(0.0, 24.0);
    }

    @Test
    void the_button_is_named_emergency_exit_this_page_with_emergency_visually_hidden() {
        open("");
        var button = find(BUTTON);

        var hidden = find(BUTTON + " > .visually-hidden:first-child");
        assertThat(hidden.getAttribute("textContent")).isEqualTo("Emergency");
        assertThat(hidden.getSize().getWidth()).isLessThanOrEqualTo(1);
        assertThat(find(BUTTON + " > span:not(.visually-hidden)").getText()).isEqualTo("Exit this page");
        assertThat(button.getAccessibleName()).isEqualTo("Emergency Exit this page");
        assertThat(button.getAriaRole()).isEqualTo("button");
    }

    private void pressShift() {
        new Actions(driver).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
    }

    private String indicatorText() {
        return (String) js("return document.querySelector(arguments[0]).textContent", INDICATOR);
    }

    private long historyLength() {
        return ((Number) js("return window.history.length")).longValue();
    }

    private void waitForNeutralSite() {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(NeutralSite.exitUrl()));
        assertThat(driver.getTitle()).isEqualTo(NeutralSite.EXIT_TITLE);
    }

    private void assertStillOnPortal() {
        // Long enough for a wrongly triggered exit to have started navigating.
        try {
            Thread.sleep(750);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(driver.getCurrentUrl()).startsWith(url(""));
        assertThat(js("return document.documentElement.classList.contains('exit-this-page--hide-content')"))
                .isEqualTo(false);
    }
}
