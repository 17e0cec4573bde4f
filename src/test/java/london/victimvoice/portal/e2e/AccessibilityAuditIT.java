package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.deque.html.axecore.selenium.AxeReporter;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import london.victimvoice.portal.messaging.Messenger;
import london.victimvoice.portal.messaging.OutgoingMessage;

/**
 * Opens every route of the portal at 320 and 1280 CSS px, runs axe-core for WCAG 2.2 AA and
 * fails on any violation, whatever its impact. Writes one JSON report per page and width, and
 * a summary table, to {@code accessibility-reports/}.
 */
class AccessibilityAuditIT extends BrowserTest {

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

    private static final Path REPORTS = projectRoot().resolve("accessibility-reports");
    private static final List<SummaryRow> summary = Collections.synchronizedList(new ArrayList<>());

    @Autowired
    ServletContext servletContext;

    @Autowired
    Messenger messenger;

    private final Map<String, String> titles = new LinkedHashMap<>();
    private @Nullable String signedInAs;

    record SummaryRow(String route, int width, String who, int violations, int passes, int incomplete,
            String bestPractice, String axeVersion, LocalDate date) {
    }

    @TestFactory
    Stream<DynamicTest> every_page_meets_wcag_22_aa_at_320_and_1280_css_px() throws IOException {
        Files.createDirectories(REPORTS);
        seedPagesWithContent();
        // Routes registered when Vaadin's service starts are only there once it has served a page.
        open("");
        var pages = PortalRoutes.all(servletContext);
        var audits = pages.stream().flatMap(page -> WIDTHS.stream().map(width -> DynamicTest.dynamicTest(
                "/" + page.path() + " at " + width + " px as " + page.who(), () -> audit(page, width))));
        var unique = DynamicTest.dynamicTest("every page has its own title", this::titlesAreUnique);
        return Stream.concat(audits, Stream.of(unique));
    }

    /** Pages that list things are audited with something in the list, long text included. */
    private void seedPagesWithContent() {
        messenger.send(OutgoingMessage.sms("+447700900123",
                "Your Victim Voice Forum meets on Tuesday 3 March at 6pm. Reply STOP to stop these messages."));
        messenger.send(OutgoingMessage.email("participant@example.org", "Your next forum meeting",
                "Hello,\n\nYour next meeting is on Tuesday 3 March at 6pm at City Hall, Kamal Chunchie Way, "
                        + "London E16 1ZE. https://victimvoice.example.org/meetings/very-long-link-that-must-wrap-"
                        + "at-narrow-widths-without-scrolling-the-whole-page\n\nThank you."));
    }

    private void audit(AuditedPage page, int width) throws IOException {
        becomeSignedInAs(page.role());
        Chromium.setViewportWidth(driver, width, HEIGHT);
        if (page.inApp()) {
            followLinkInsidePortal(page.path());
        } else {
            open(page.path());
        }
        assertThat(driver.getCurrentUrl()).as("the page opened without a redirect").isEqualTo(url(page.path()));
        assertThat(js("return window.innerWidth")).as("viewport width in CSS px").isEqualTo((long) width);

        var wcag = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        var structure = new AxeBuilder().withOnlyRules(STRUCTURE_RULES).analyze(driver);
        if (wcag.isErrored() || structure.isErrored()) {
            fail("axe-core could not run on /" + page.path() + ": " + wcag.getErrorMessage() + structure.getErrorMessage());
        }
        writeReport(page, width, wcag);
        var structureProblems = structureProblems(structure);
        var label = page.inApp() ? page.route() + " page (link to /" + page.path() + ")" : "/" + page.route();
        summary.add(new SummaryRow(label, width, page.who(), wcag.getViolations().size(),
                wcag.getPasses().size(), wcag.getIncomplete().size(), bestPracticeNote(structure),
                wcag.getTestEngine().getVersion(), LocalDate.now()));

        var problems = new ArrayList<String>();
        wcag.getViolations().forEach(rule -> problems.add(describe(rule)));
        problems.addAll(structureProblems);
        problems.addAll(pageShapeProblems(page, width));
        if (!problems.isEmpty()) {
            fail("/" + page.path() + " at " + width + " px:\n  " + String.join("\n  ", problems));
        }
    }

    /** Things axe does not check but the portal promises on every page. */
    private List<String> pageShapeProblems(AuditedPage page, int width) {
        var problems = new ArrayList<String>();
        var mains = ((Number) js("return document.querySelectorAll('main, [role=main]').length")).intValue();
        if (mains != 1) {
            problems.add("has " + mains + " main landmarks, not exactly one");
        }
        var topHeadings = ((Number) js(LEVEL_ONE_HEADINGS)).intValue();
        if (topHeadings != 1) {
            problems.add("has " + topHeadings + " level-1 headings, not exactly one");
        }
        var lang = (String) js("return document.documentElement.getAttribute('lang')");
        if (lang == null || lang.isBlank()) {
            problems.add("has no <html lang>");
        }
        var title = driver.getTitle();
        if (title == null || title.isBlank()) {
            problems.add("has an empty <title>");
        } else {
            titles.put(page.route(), title);
        }
        var firstFocusable = (String) js(FIRST_FOCUSABLE);
        if (!"skip-link".equals(firstFocusable)) {
            problems.add("the first focusable element is " + firstFocusable + ", not the skip link");
        }
        @SuppressWarnings("unchecked")
        var small = (List<String>) js(SMALL_TARGETS);
        small.forEach(target -> problems.add("touch target too small: " + target));
        if (width == 320) {
            var scrollWidth = ((Number) js("return document.documentElement.scrollWidth")).intValue();
            if (scrollWidth > width) {
                problems.add("scrolls sideways: document is " + scrollWidth + " px wide");
            }
            @SuppressWarnings("unchecked")
            var overflowing = (List<String>) js(OVERFLOWING);
            overflowing.forEach(el -> problems.add("sticks out past the right edge: " + el));
        }
        return problems;
    }

    private List<String> structureProblems(Results structure) {
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

    /** Which best-practice rules tripped, and on what, for the summary table. */
    private static String bestPracticeNote(Results structure) {
        if (structure.getViolations().isEmpty()) {
            return "none";
        }
        return structure.getViolations().stream()
                .map(rule -> rule.getId() + " on " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()).replaceAll("[\\[\\]\"]", ""))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private void titlesAreUnique() {
        var byTitle = titles.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        var shared = byTitle.entrySet().stream().filter(e -> e.getValue().size() > 1).toList();
        assertThat(shared).as("routes that share a <title>").isEmpty();
    }

    private void followLinkInsidePortal(String path) {
        open("");
        js("""
                const link = document.createElement('a');
                link.href = arguments[0];
                link.setAttribute('router-link', '');
                document.querySelector('main').appendChild(link);
                link.click();
                """, path);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlToBe(url(path)));
        waitForVaadin();
    }

    private void becomeSignedInAs(@Nullable String role) {
        if (Objects.equals(role, signedInAs)) {
            return;
        }
        if (signedInAs != null) {
            driver.manage().deleteAllCookies();
        }
        if (role != null) {
            Chromium.setViewportWidth(driver, 1280, HEIGHT);
            signInAs(role);
        }
        signedInAs = role;
    }

    private static String describe(Rule rule) {
        var targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
        return rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " at " + targets;
    }

    private static void writeReport(AuditedPage page, int width, Results results) throws IOException {
        var mapper = new ObjectMapper();
        var pretty = mapper.writerWithDefaultPrettyPrinter()
                .writeValueAsString(mapper.readTree(AxeReporter.serialize(results)));
        Files.writeString(REPORTS.resolve(page.reportName() + "-" + width + ".json"), pretty + "\n",
                StandardCharsets.UTF_8);
    }

    @AfterAll
    static void writeSummary() throws IOException {
        if (summary.isEmpty()) {
            return;
        }
        var rows = new ArrayList<>(summary);
        var md = new StringBuilder("""
                # Accessibility audit

                Written by `AccessibilityAuditIT` (`./mvnw verify`). Every route in Vaadin's route
                registry, plus the "not found" page, is opened in headless Chromium at 320 and 1280 CSS px
                and checked by axe-core.

                - WCAG tags: `%s`. The build fails on any violation, whatever its impact.
                  Violations, passes and incomplete count axe rules; the full results per page and
                  width are in the JSON files beside this one.
                - Best practice: `%s`. Only Vaadin's own connection indicator may trip `region`.

                | Route | Width | Signed in as | Violations | Passes | Incomplete | axe | Date | Best practice |
                |---|---|---|---|---|---|---|---|---|
                """.formatted(String.join(" ", WCAG_TAGS), String.join(" ", STRUCTURE_RULES)));
        for (var row : rows) {
            md.append("| %s | %d | %s | %d | %d | %d | %s | %s | %s |%n".formatted(row.route(), row.width(),
                    row.who(), row.violations(), row.passes(), row.incomplete(), row.axeVersion(), row.date(),
                    row.bestPractice()));
        }
        Files.writeString(REPORTS.resolve("SUMMARY.md"), md.toString(), StandardCharsets.UTF_8);
    }

    private static Path projectRoot() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
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
