package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import london.victimvoice.portal.security.Roles;

/** The portal with a keyboard and nothing else. */
class KeyboardIT extends BrowserTest {

    private static final int MAX_TAB_STOPS = 40;
    private static final Pattern RGB = Pattern.compile("rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)");

    @ParameterizedTest
    @ValueSource(strings = {"", "staying-safe-online"})
    void tab_from_page_load_reaches_the_skip_link_then_exit_this_page(String page) {
        open(page);

        tab();
        assertThat(activeClass()).isEqualTo("skip-link");
        assertThat(find(".skip-link").getRect().getY()).as("the focused skip link is on screen").isNotNegative();
        tab();
        assertThat(activeClass()).isEqualTo("exit-this-page__button");
    }

    @Test
    void tab_from_page_load_reaches_the_skip_link_first_on_staff_pages_too() {
        open("staff/sign-in");
        tab();
        assertThat(activeClass()).as("on the sign-in page").isEqualTo("skip-link");

        signInAs(Roles.COORDINATOR);
        open("staff");
        tab();
        assertThat(activeClass()).as("on staff home").isEqualTo("skip-link");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "staying-safe-online", "staff/sign-in"})
    void enter_on_the_skip_link_moves_focus_into_main_and_stays_on_the_page(String page) {
        open(page);

        tab();
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        new WebDriverWait(driver, WAIT).until(d -> "main-content".equals(js("return document.activeElement.id")));
        assertThat(driver.getCurrentUrl()).startsWith(url(page));
        assertThat(find("main h1").getText()).isNotBlank();
    }

    @Test
    void staff_can_sign_in_with_only_the_keyboard_and_reach_staff_home() {
        staffDirectory.ensureAccount("e2e-keyboard", "Keyboard user", Roles.SUPPORT, TEST_PASSWORD);
        open("");

        tabUntil("a link named Staff sign in", () -> "Staff sign in".equals(js("return document.activeElement.textContent")));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("staff/sign-in"));
        waitForVaadin();
        tabUntil("the username field", () -> "username".equals(js("return document.activeElement.name")));
        new Actions(driver).sendKeys("e2e-keyboard").perform();
        tab();
        assertThat(js("return document.activeElement.name")).isEqualTo("password");
        new Actions(driver).sendKeys(TEST_PASSWORD, Keys.ENTER).perform();

        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(url("staff")));
        waitForVaadin();
        assertThat(find("main h1").getText()).isEqualTo("Staff home");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "staying-safe-online", "staff/sign-in"})
    void every_tab_stop_shows_a_focus_indicator_with_at_least_3_to_1_contrast_on_white(String page) {
        open(page);
        assertFocusVisibleAtEveryTabStop();
    }

    @Test
    void every_tab_stop_on_a_staff_page_shows_a_focus_indicator() {
        signInAs(Roles.ADMIN);
        open("staff");
        assertFocusVisibleAtEveryTabStop();
    }

    private void assertFocusVisibleAtEveryTabStop() {
        js("window.__stops = []");
        for (int i = 0; i < MAX_TAB_STOPS; i++) {
            tab();
            if (Boolean.TRUE.equals(js(RECORD_STOP))) {
                break;
            }
        }
        @SuppressWarnings("unchecked")
        var stops = (List<Map<String, Object>>) js(UNFOCUSED_LOOKS);
        assertThat(stops).as("tab stops").hasSizeGreaterThan(1);

        var problems = new ArrayList<String>();
        for (var stop : stops) {
            @SuppressWarnings("unchecked")
            var focused = (Map<String, String>) stop.get("focused");
            @SuppressWarnings("unchecked")
            var unfocused = (Map<String, String>) stop.get("unfocused");
            var name = (String) stop.get("name");
            if (focused.equals(unfocused)) {
                problems.add(name + ": looks the same focused and unfocused " + focused);
                continue;
            }
            var best = indicatorColours(focused).stream().mapToDouble(c -> contrast(c, new double[]{255, 255, 255}))
                    .max().orElse(0);
            if (best < 3.0) {
                problems.add(name + ": focus indicator contrast on white is %.2f:1 %s".formatted(best, focused));
            }
        }
        assertThat(problems).as("focus indicators on /" + driver.getCurrentUrl()).isEmpty();
    }

    /** Colours that only the focus state draws: a visible outline and box-shadows. */
    private static List<double[]> indicatorColours(Map<String, String> look) {
        var colours = new ArrayList<double[]>();
        var outlineWidth = Double.parseDouble(look.get("outlineWidth").replace("px", ""));
        if (!"none".equals(look.get("outlineStyle")) && outlineWidth >= 1) {
            parseColours(look.get("outlineColor"), colours);
        }
        if (!"none".equals(look.get("boxShadow"))) {
            parseColours(look.get("boxShadow"), colours);
        }
        return colours;
    }

    private static void parseColours(String css, List<double[]> into) {
        var m = RGB.matcher(css);
        while (m.find()) {
            var alpha = m.group(4) == null ? 1.0 : Double.parseDouble(m.group(4));
            if (alpha >= 0.99) {
                into.add(new double[]{Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3))});
            }
        }
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(double[] a, double[] b) {
        var la = luminance(a);
        var lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] rgb) {
        var l = new double[3];
        for (int i = 0; i < 3; i++) {
            var c = rgb[i] / 255.0;
            l[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }

    private void tab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }

    private String activeClass() {
        return (String) js("return document.activeElement.className");
    }

    private void tabUntil(String what, java.util.function.BooleanSupplier reached) {
        for (int i = 0; i < MAX_TAB_STOPS; i++) {
            tab();
            if (reached.getAsBoolean()) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + what);
    }

    /** The element that draws the focus state: Vaadin fields draw it on the field, not the inner input. */
    private static final String LOOK = """
            window.__indicator = el => el.closest('vaadin-text-field, vaadin-password-field, vaadin-button') || el;
            window.__look = el => {
              const s = getComputedStyle(window.__indicator(el));
              return {outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor,
                      boxShadow: s.boxShadow, backgroundColor: s.backgroundColor};
            };
            """;

    /** Records the focused element's look; true when Tab has left the page or come round again. */
    private static final String RECORD_STOP = LOOK + """
            const el = document.activeElement;
            if (!el || el === document.body || window.__stops.some(s => s.el === el)) return true;
            const text = (el.textContent || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 40);
            window.__stops.push({el, name: el.tagName.toLowerCase() + ' "' + text + '"', focused: window.__look(el)});
            return false;
            """;

    private static final String UNFOCUSED_LOOKS = LOOK + """
            if (document.activeElement) document.activeElement.blur();
            return window.__stops.map(s => ({name: s.name, focused: s.focused, unfocused: window.__look(s.el)}));
            """;
}
