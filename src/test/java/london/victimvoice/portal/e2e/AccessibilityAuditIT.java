package london.victimvoice.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.ServletContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import london.victimvoice.portal.messaging.Messenger;
import london.victimvoice.portal.messaging.OutgoingMessage;
import london.victimvoice.portal.security.Roles;

/**
 * Opens every route of the portal at 320 and 1280 CSS px and audits it with {@link PageAudit}
 * (axe-core for WCAG 2.2 AA, failing on any violation whatever its impact, and the portal's
 * own promises). Writes one JSON report per page and width to {@code accessibility-reports/},
 * and the summary there through {@link AuditReports}.
 */
class AccessibilityAuditIT extends BrowserTest {

    @Autowired
    ServletContext servletContext;

    @Autowired
    Messenger messenger;

    @Autowired
    ApplicationContext context;

    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, String> seeded = new LinkedHashMap<>();
    private @Nullable String signedInAs;

    @TestFactory
    Stream<DynamicTest> every_page_meets_wcag_22_aa_at_320_and_1280_css_px() {
        seedPagesWithContent();
        // Routes registered when Vaadin's service starts are only there once it has served a page.
        open("");
        var pages = PortalRoutes.all(servletContext).stream().map(page -> page.with(seeded)).toList();
        var audits = pages.stream().flatMap(page -> PageAudit.WIDTHS.stream().map(width -> DynamicTest.dynamicTest(
                "/" + page.path() + " at " + width + " px as " + page.who(), () -> audit(pages.indexOf(page), page, width))));
        var unique = DynamicTest.dynamicTest("every page has its own title", this::titlesAreUnique);
        return Stream.concat(audits, Stream.of(unique));
    }

    /** Pages that list things are audited with something in the list, long text included. */
    private void seedPagesWithContent() {
        seeded.putAll(AuditSeeds.meetingsAndRequests(context));
        messenger.send(OutgoingMessage.sms("+447700900123",
                "Your Victim Voice Forum meets on Tuesday 3 March at 6pm. Reply STOP to stop these messages."));
        messenger.send(OutgoingMessage.email("participant@example.org", "Your next forum meeting",
                "Hello,\n\nYour next meeting is on Tuesday 3 March at 6pm at City Hall, Kamal Chunchie Way, "
                        + "London E16 1ZE. https://victimvoice.example.org/meetings/very-long-link-that-must-wrap-"
                        + "at-narrow-widths-without-scrolling-the-whole-page\n\nThank you."));
    }

    private void audit(int order, AuditedPage page, int width) {
        becomeSignedInAs(page.role());
        Chromium.setViewportWidth(driver, width, PageAudit.HEIGHT);
        if (page.inApp()) {
            followLinkInsidePortal(page.path());
        } else {
            open(page.path());
        }
        assertThat(driver.getCurrentUrl()).as("the page opened without a redirect").isEqualTo(url(page.path()));
        assertThat(js("return window.innerWidth")).as("viewport width in CSS px").isEqualTo((long) width);

        var audit = PageAudit.of(driver, width);
        var label = page.inApp() ? page.route() + " page (link to /" + page.path() + ")" : "/" + page.route();
        AuditReports.write(page.reportName(), audit.wcag(), new AuditReports.Row(AuditReports.Table.ROUTES, order,
                label, "/" + page.path(), width, page.who(), audit.bestPracticeNote()));
        var title = driver.getTitle();
        if (title != null && !title.isBlank()) {
            titles.put(page.route(), title);
        }
        if (!audit.problems().isEmpty()) {
            fail("/" + page.path() + " at " + width + " px:\n  " + String.join("\n  ", audit.problems()));
        }
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
            Chromium.setViewportWidth(driver, 1280, PageAudit.HEIGHT);
            if (Roles.PARTICIPANT.equals(role)) {
                // Their thank-you vouchers page is audited with something in each of its parts.
                AuditSeeds.vouchersOf(context, signInAsNewMember());
            } else {
                signInAs(role);
            }
        }
        signedInAs = role;
    }

    @AfterAll
    static void writeSummary() {
        AuditReports.writeSummary();
    }
}
