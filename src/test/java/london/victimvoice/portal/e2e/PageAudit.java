package london.victimvoice.portal.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page in the browser as a person sees it now, checked by axe-core for WCAG 2.2 AA (any
 * violation, whatever its impact, is a problem), by axe's best-practice rules on landmarks and
 * headings, and for what the portal promises on every page: one main landmark and one h1, a
 * language, a title, the skip link first, targets big enough to touch, and nothing sticking out
 * sideways at 320 CSS px. The route audit and the error-state audit both use it.
 */
final class PageAudit {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final List<Integer> WIDTHS = List.of(320, 1280);
    static final int HEIGHT = 900;
    /** Best-practice rules that say whether a page is built from landmarks and headings. */
    static final List<String> STRUCTURE_RULES = List.of("landmark-one-main", "region", "page-has-heading-one",
            "landmark-no-duplicate-main", "landmark-unique", "landmark-main-is-top-level", "skip-link",
            "heading-order");
    /**
     * Vaadin's own connection indicator and live-announcer sit outside any landmark; they are
     * empty or hidden until the connection drops, and the portal cannot move them.
     */
    static final List<String> VAADIN_CHROME = List.of("vaadin-connection-indicator", "body > div[aria-live]",
            "div[aria-live=\"polite\"]");

    /**
     * @param wcag     axe-core's results for {@link #WCAG_TAGS}, as written to the JSON report
     * @param problems everything wrong with the page, one line each; empty when it passes
     */
    record Result(Results wcag, Results structure, List<String> problems) {

        /** Which best-practice rules tripped, and on what, for the summary table. */
        String bestPracticeNote() {
            if (structure.getViolations().isEmpty()) {
                return "none";
            }
            return structure.getViolations().stream()
                    .map(rule -> rule.getId() + " on " + rule.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget()).replaceAll("[\\[\\]\"]", ""))
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; "));
        }
    }

    private PageAudit() {
    }

    /** Audits the page now in {@code driver}, whose viewport is {@code width} CSS px wide. */
    static Result of(ChromeDriver driver, int width) {
        var wcag = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        var structure = new AxeBuilder().withOnlyRules(STRUCTURE_RULES).analyze(driver);
        if (wcag.isErrored() || structure.isErrored()) {
            fail("axe-core could not run on " + driver.getCurrentUrl() + ": " + wcag.getErrorMessage()
                    + structure.getErrorMessage());
        }
        var problems = new ArrayList<String>();
        wcag.getViolations().forEach(rule -> problems.add(describe(rule)));
        problems.addAll(structureProblems(structure));
        problems.addAll(pageShapeProblems(driver, width));
        return new Result(wcag, structure, problems);
    }

    static String describe(Rule rule) {
        var targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
        return rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " at " + targets;
    }

    private static List<String> structureProblems(Results structure) {
        var problems = new ArrayList<String>();
        for (var rule : structure.getViolations()) {
            if ("region".equals(rule.getId())) {
                var ours = rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .filter(target -> VAADIN_CHROME.stream().noneMatch(target::contains))
                        .toList();
                if (!ours.isEmpty()) {
                    problems.add("region (best practice): content outside landmarks: " + ours);
                }
            } else if (!"heading-order".equals(rule.getId())) {
                problems.add(describe(rule) + " (best practice)");
            }
        }
        return problems;
    }

    /** Things axe does not check but the portal promises on every page. */
    private static List<String> pageShapeProblems(ChromeDriver driver, int width) {
        var problems = new ArrayList<String>();
        var mains = ((Number) driver.executeScript("return document.querySelectorAll('main, [role=main]').length"))
                .intValue();
        if (mains != 1) {
            problems.add("has " + mains + " main landmarks, not exactly one");
        }
        var topHeadings = ((Number) driver.executeScript(LEVEL_ONE_HEADINGS)).intValue();
        if (topHeadings != 1) {
            problems.add("has " + topHeadings + " level-1 headings, not exactly one");
        }
        var lang = (String) driver.executeScript("return document.documentElement.getAttribute('lang')");
        if (lang == null || lang.isBlank()) {
            problems.add("has no <html lang>");
        }
        var title = driver.getTitle();
        if (title == null || title.isBlank()) {
            problems.add("has an empty <title>");
        }
        var firstFocusable = (String) driver.executeScript(FIRST_FOCUSABLE);
        if (!"skip-link".equals(firstFocusable)) {
            problems.add("the first focusable element is " + firstFocusable + ", not the skip link");
        }
        @SuppressWarnings("unchecked")
        var small = (List<String>) driver.executeScript(SMALL_TARGETS);
        small.forEach(target -> problems.add("touch target too small: " + target));
        var scrollWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).intValue();
        if (scrollWidth > width) {
            problems.add("scrolls sideways: document is " + scrollWidth + " px wide");
        }
        if (width == 320) {
            @SuppressWarnings("unchecked")
            var overflowing = (List<String>) driver.executeScript(OVERFLOWING);
            overflowing.forEach(el -> problems.add("sticks out past the right edge: " + el));
        }
        return problems;
    }

    /** h1 and role=heading level 1, inside components' shadow roots too. */
    private static final String LEVEL_ONE_HEADINGS = """
            const count = root => [...root.querySelectorAll('*')].reduce((n, el) =>
                n + (el.matches('h1:not([aria-level]), [role=heading][aria-level="1"]') ? 1 : 0)
                  + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
            return count(document);
            """;

    /** The class of the first element a Tab from the top of the page would reach. */
    private static final String FIRST_FOCUSABLE = """
            const candidates = document.querySelectorAll(
              'a[href], button, input:not([type=hidden]), select, textarea, [tabindex], vaadin-button');
            for (const el of candidates) {
              if (el.tabIndex < 0 || el.disabled || el.closest('[hidden], [inert]')) continue;
              if (getComputedStyle(el).visibility === 'hidden' || getComputedStyle(el).display === 'none') continue;
              return el.className || el.tagName.toLowerCase();
            }
            return 'nothing';
            """;

    /** Controls under 24 x 24 CSS px, and primary actions under 44 x 44 (links inside text are exempt). */
    private static final String SMALL_TARGETS = """
            const out = [];
            const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"';
            const check = (selector, min) => document.querySelectorAll(selector).forEach(el => {
              const r = el.getBoundingClientRect();
              if (r.width <= 1 || r.height <= 1 || el.closest('.visually-hidden, [hidden]')) return;
              if (r.width + 0.5 < min || r.height + 0.5 < min) {
                out.push(describe(el) + ' is ' + Math.round(r.width) + 'x' + Math.round(r.height) + ', needs ' + min + 'x' + min);
              }
            });
            check('button, vaadin-button, [role=button], input:not([type=hidden]):not([slot=input]), select, textarea, '
                + 'vaadin-text-field, vaadin-password-field, nav a, header a, footer a, .skip-link', 24);
            check('.button-primary, vaadin-button[theme~="primary"], .exit-this-page__button, button[type=submit]', 44);
            return out;
            """;

    /**
     * Visible elements whose box reaches past the right edge of a 320 px viewport. Content in
     * its own scrolling region (a wide data table) is exempt, as WCAG 1.4.10 allows; the
     * region itself must fit.
     */
    private static final String OVERFLOWING = """
            const out = [];
            const limit = window.innerWidth + 1;
            const inScroller = el => {
              for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                const x = getComputedStyle(p).overflowX;
                if (x === 'auto' || x === 'scroll') return true;
              }
              return false;
            };
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || r.right <= limit) continue;
              if (el.closest('.visually-hidden, vaadin-connection-indicator, [hidden]') || inScroller(el)) continue;
              out.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
                  ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' right=' + Math.round(r.right));
              if (out.length > 10) break;
            }
            return out;
            """;
}
