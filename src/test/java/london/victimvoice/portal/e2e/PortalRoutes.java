package london.victimvoice.portal.e2e;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.ServletContext;
import org.springframework.core.annotation.AnnotationUtils;

import london.victimvoice.portal.security.Roles;

/**
 * Every route the running portal has, read from Vaadin's route registry, with how the audit
 * opens it. A new view is audited without anyone editing the test; a view the audit cannot
 * open on its own (a route with parameters, or one no staff role may see) stops the build
 * until it has an entry in {@link #OPENINGS}.
 */
final class PortalRoutes {

    /**
     * Routes that need more than their template: route template, then the path to open and
     * the role to sign in with ({@code null} for anonymous). Any data the page needs must be
     * created by the audit's setup through the owning module's service.
     */
    static final Map<String, AuditedPage> OPENINGS = Map.ofEntries(
            // Open routes that send anyone but a signed-in participant to the sign-in page.
            opening("account", "account", Roles.PARTICIPANT),
            opening("account/contact-safety", "account/contact-safety", Roles.PARTICIPANT),
            opening("account/requests", "account/requests", Roles.PARTICIPANT),
            // A member's pages about a meeting of their forum, seeded by the audit ({meeting}).
            opening("meetings", "meetings", Roles.PARTICIPANT),
            opening("meetings/:meetingId", "meetings/{meeting}", Roles.PARTICIPANT),
            opening("meetings/:meetingId/topics", "meetings/{meeting}/topics", Roles.PARTICIPANT),
            opening("meetings/:meetingId/adjustments", "meetings/{meeting}/adjustments", Roles.PARTICIPANT),
            opening("meetings/:meetingId/support", "meetings/{meeting}/support", Roles.PARTICIPANT),
            // Staff pages about a meeting of a forum the coordinator looks after; attendance for one
            // about to start ({meeting-now}), so its marking form is what is audited.
            opening("staff/meetings/:meetingId", "staff/meetings/{meeting}", Roles.COORDINATOR),
            opening("staff/meetings/:meetingId/agenda", "staff/meetings/{meeting}/agenda", Roles.COORDINATOR),
            opening("staff/meetings/:meetingId/attendance", "staff/meetings/{meeting-now}/attendance",
                    Roles.COORDINATOR),
            opening("staff/support/:requestId", "staff/support/{request}", Roles.SUPPORT),
            opening("staff/forums/:code", "staff/forums/" + AuditSeeds.FORUM, Roles.COORDINATOR),
            // The page a reminder email's stop link opens, for a member the audit made ({stop-token}).
            opening("messages/stop-email-reminders/:token", "messages/stop-email-reminders/{stop-token}", null),
            // A bulk send that has finished (a dry run, so nothing reaches anyone); the one still
            // running is among EXTRA_PAGES.
            opening("staff/messages/bulk/:campaignId", "staff/messages/bulk/{campaign-done}", Roles.COORDINATOR),
            opening("staff/templates/:templateId", "staff/templates/meeting-reminder", Roles.COORDINATOR),
            // A member's anonymous-voice pages; {question} is open to the open forum, with a choice and a scale.
            opening("voice", "voice", Roles.PARTICIPANT),
            opening("voice/questions/:questionId", "voice/questions/{question}", Roles.PARTICIPANT),
            opening("voice/settings", "voice/settings", Roles.PARTICIPANT),
            // "You said, we did": an entry of the open forum with a story, editable by the audit's coordinator
            // (partners read it: among EXTRA_PAGES), and the members' tracker.
            opening("staff/we-did/:actionId", "staff/we-did/{action}", Roles.COORDINATOR),
            opening("voice/we-did", "voice/we-did", Roles.PARTICIPANT),
            // Anonymous voice: a question's released answers being moderated, and a batch waiting
            // for an approver who did not moderate it; the signed-off batch is among EXTRA_PAGES.
            opening("staff/questions/:questionId", "staff/questions/{voice-released}", Roles.COORDINATOR),
            opening("staff/sign-off/:questionId", "staff/sign-off/{voice-submitted}", Roles.APPROVER),
            // A consultation with results, among them a "fewer than 5" cell, seeded by the audit.
            opening("staff/consultations/:consultationId", "staff/consultations/{consultation}", Roles.COORDINATOR),
            // The participant's thank-you vouchers: the audit gives each participant it signs in one of each kind.
            opening("vouchers", "vouchers", Roles.PARTICIPANT),
            // Voucher reconciliation, this year: a meeting with vouchers at every stage, seeded by the audit.
            opening("staff/vouchers/reconciliation", "staff/vouchers/reconciliation", Roles.APPROVER),
            // Voucher budgets for the current year, seeded with entries and a warning; forum values and caps.
            opening("staff/vouchers/budgets", "staff/vouchers/budgets", Roles.ADMIN),
            opening("staff/vouchers/rules", "staff/vouchers/rules", Roles.ADMIN),
            // A meeting's vouchers in several states, one waiting for this approver to sign off.
            opening("staff/vouchers/meetings/:meetingId", "staff/vouchers/meetings/{vouchers-meeting}", Roles.APPROVER),
            // Vouchers: free codes in stock and a signed-off voucher of the seeded meeting, seeded by the audit.
            opening("staff/vouchers/codes", "staff/vouchers/codes", Roles.COORDINATOR),
            opening("staff/vouchers/issue", "staff/vouchers/issue", Roles.COORDINATOR));

    /** Placeholders in {@link #OPENINGS} paths, which the audit's setup fills with the ids it made. */
    static final List<String> PLACEHOLDERS = List.of("{meeting}", "{meeting-now}", "{request}", "{stop-token}",
            "{campaign-done}", "{campaign-running}", "{question}", "{action}", "{voice-released}", "{voice-submitted}",
            "{voice-signed-off}", "{consultation}", "{vouchers-meeting}", "{vouchers-own}", "{vouchers-no-budget}");

    private static Map.Entry<String, AuditedPage> opening(String route, String path, String role) {
        return Map.entry(route, new AuditedPage(route, path, role));
    }

    /** Pages that are not routes but that people see: the "not found" page, typed into the address bar. */
    static final List<AuditedPage> EXTRA_PAGES = List.of(
            new AuditedPage("not-found", "no-such-page-exists", null, false),
            // The progress page of a send not yet finished: a stop button, and ticking by server push.
            new AuditedPage("staff/messages/bulk/:campaignId-running", "staff/messages/bulk/{campaign-running}",
                    Roles.COORDINATOR, false),
            // A "we did" entry as a partner reads it: no form, every field as text.
            new AuditedPage("staff/we-did/:actionId-partner", "staff/we-did/{action}", Roles.PARTNER, false),
            // A signed-off batch on its moderation page: read only, the original words gone.
            new AuditedPage("staff/questions/:questionId-signed-off", "staff/questions/{voice-signed-off}",
                    Roles.COORDINATOR, false),
            // The question form when it posts into a consultation: no forums to tick.
            new AuditedPage("staff/questions/new-consultation", "staff/questions/new?consultation={consultation}",
                    Roles.COORDINATOR, false),
            // A meeting's vouchers as its forum's coordinator reads them: no sign-off buttons.
            new AuditedPage("staff/vouchers/meetings/:meetingId-coordinator", "staff/vouchers/meetings/{vouchers-own}",
                    Roles.COORDINATOR, false));

    private PortalRoutes() {
    }

    static List<AuditedPage> all(ServletContext servletContext) {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        var pages = new ArrayList<AuditedPage>();
        var problems = new ArrayList<String>();
        for (var route : registry.getRegisteredRoutes()) {
            var templates = new ArrayList<String>();
            templates.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> templates.add(alias.getTemplate()));
            for (var template : templates) {
                opening(template, route).ifPresentOrElse(pages::add, () -> problems.add(
                        "/" + template + " (" + route.getNavigationTarget().getName() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("The accessibility audit does not know how to open "
                    + String.join(", ", problems) + ". Add each to PortalRoutes.OPENINGS with a path "
                    + "(parameters filled in) and a role that may open it.");
        }
        pages.sort(Comparator.comparing(AuditedPage::route));
        pages.addAll(EXTRA_PAGES);
        return pages;
    }

    private static Optional<AuditedPage> opening(String template, RouteBaseData<?> route) {
        if (OPENINGS.containsKey(template)) {
            return Optional.of(OPENINGS.get(template));
        }
        if (template.contains(":") || !route.getRouteParameters().isEmpty()) {
            return Optional.empty();
        }
        var view = route.getNavigationTarget();
        if (AnnotationUtils.findAnnotation(view, DenyAll.class) != null) {
            return Optional.empty();
        }
        if (AnnotationUtils.findAnnotation(view, AnonymousAllowed.class) != null) {
            return Optional.of(new AuditedPage(template, template, null));
        }
        if (AnnotationUtils.findAnnotation(view, PermitAll.class) != null) {
            return Optional.of(new AuditedPage(template, template, Roles.STAFF.getFirst()));
        }
        var allowed = AnnotationUtils.findAnnotation(view, RolesAllowed.class);
        if (allowed != null) {
            // A participant-only view is audited as a real participant, signed in with a code.
            return Arrays.stream(allowed.value()).filter(Roles.ALL::contains).findFirst()
                    .map(role -> new AuditedPage(template, template, role));
        }
        return Optional.empty();
    }
}
