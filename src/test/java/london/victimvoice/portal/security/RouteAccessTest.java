package london.victimvoice.portal.security;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.support.RouteExamples;

import static london.victimvoice.portal.support.SignedInAs.ANONYMOUS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open which page. Every route must appear in {@link #ACCESS}: adding a route without
 * deciding who may see it fails the build. Each route is tried anonymously and with every role.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
public class RouteAccessTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    private static final Set<String> EVERYONE = Set.of(ANONYMOUS, Roles.COORDINATOR, Roles.APPROVER,
            Roles.SUPPORT, Roles.PARTNER, Roles.ADMIN, Roles.PARTICIPANT);
    private static final Set<String> ALL_STAFF = Set.copyOf(Roles.STAFF);

    /** Route path → who may open it. Other tests open each route as one of these roles. */
    public static final Map<String, Set<String>> ACCESS = new TreeMap<>(Map.ofEntries(
            Map.entry("", EVERYONE),
            Map.entry("staying-safe-online", EVERYONE),
            Map.entry("staff/sign-in", EVERYONE),
            Map.entry("messages/stop-email-reminders/:token", EVERYONE),
            Map.entry("staff", ALL_STAFF),
            // Registered only outside prod with the dev outbox on, as in the test profile.
            Map.entry("staff/dev-outbox", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/approvals", Set.of(Roles.APPROVER)),
            Map.entry("staff/referral-codes", Set.of(Roles.ADMIN)),
            Map.entry("staff/forums", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/forums/:code", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            // Message templates and the message log: coordinators and admins.
            Map.entry("staff/templates", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/templates/:templateId", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/messages", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("join", EVERYONE),
            Map.entry("join/about-you", EVERYONE),
            Map.entry("join/contact", EVERYONE),
            Map.entry("join/verify", EVERYONE),
            Map.entry("join/equality", EVERYONE),
            Map.entry("join/equality/age", EVERYONE),
            Map.entry("join/equality/sex", EVERYONE),
            Map.entry("join/equality/gender", EVERYONE),
            Map.entry("join/equality/ethnic-group", EVERYONE),
            Map.entry("join/equality/ethnic-background", EVERYONE),
            Map.entry("join/equality/disability", EVERYONE),
            Map.entry("join/equality/disability-impact", EVERYONE),
            Map.entry("join/equality/sexual-orientation", EVERYONE),
            Map.entry("join/equality/religion", EVERYONE),
            Map.entry("join/forums", EVERYONE),
            Map.entry("join/safety", EVERYONE),
            Map.entry("join/heard-from", EVERYONE),
            Map.entry("join/privacy", EVERYONE),
            Map.entry("join/check", EVERYONE),
            Map.entry("join/done", EVERYONE),
            Map.entry("sign-in", EVERYONE),
            Map.entry("account", Set.of(Roles.PARTICIPANT)),
            Map.entry("account/contact-safety", Set.of(Roles.PARTICIPANT)),
            // Agenda and attendance: members of the meeting's forum; coordinators and admins.
            Map.entry("meetings/:meetingId/topics", Set.of(Roles.PARTICIPANT)),
            Map.entry("staff/meetings/:meetingId/agenda", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/meetings/:meetingId/attendance", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            // Assistance: a participant's requests about their meetings, and the SUPPORT queue.
            Map.entry("account/requests", Set.of(Roles.PARTICIPANT)),
            Map.entry("meetings/:meetingId/adjustments", Set.of(Roles.PARTICIPANT)),
            Map.entry("meetings/:meetingId/support", Set.of(Roles.PARTICIPANT)),
            Map.entry("staff/support", Set.of(Roles.SUPPORT)),
            Map.entry("staff/support/:requestId", Set.of(Roles.SUPPORT)),
            // Meetings: coordinators and admins schedule and edit; members see and answer.
            Map.entry("staff/meetings", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/meetings/new", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/meetings/:meetingId", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            // Bulk sends: coordinators (for the forums they look after) and admins.
            Map.entry("staff/messages/bulk", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/messages/bulk/:campaignId", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            // Anonymous voice: moderating a question's answers, four-eyes sign-off, and signed-off insight.
            Map.entry("staff/questions/:questionId", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/sign-off", Set.of(Roles.APPROVER)),
            Map.entry("staff/sign-off/:questionId", Set.of(Roles.APPROVER)),
            Map.entry("staff/insights", Set.of(Roles.PARTNER, Roles.APPROVER, Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("meetings", Set.of(Roles.PARTICIPANT)),
            Map.entry("meetings/:meetingId", Set.of(Roles.PARTICIPANT)),
            // Anonymous voice, participants: their questions, answering one, their choices; the
            // receipt-code check is for anyone, signed in or not.
            Map.entry("voice", Set.of(Roles.PARTICIPANT)),
            Map.entry("voice/questions/:questionId", Set.of(Roles.PARTICIPANT)),
            Map.entry("voice/receipt", EVERYONE),
            Map.entry("voice/settings", Set.of(Roles.PARTICIPANT)),
            // "You said, we did": staff write (coordinators for their forums), partners read; members see their forums'.
            Map.entry("staff/we-did", Set.of(Roles.COORDINATOR, Roles.APPROVER, Roles.ADMIN, Roles.PARTNER)),
            Map.entry("staff/we-did/new", Set.of(Roles.COORDINATOR, Roles.APPROVER, Roles.ADMIN)),
            Map.entry("staff/we-did/:actionId", Set.of(Roles.COORDINATOR, Roles.APPROVER, Roles.ADMIN, Roles.PARTNER)),
            Map.entry("voice/we-did", Set.of(Roles.PARTICIPANT)),
            // Anonymous voice, authoring: coordinators post questions for their forums and run
            // consultations; approvers see consultations; partner viewers read one's results.
            Map.entry("staff/questions", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/questions/new", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/consultations", Set.of(Roles.COORDINATOR, Roles.ADMIN, Roles.APPROVER)),
            Map.entry("staff/consultations/new", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/consultations/:consultationId",
                    Set.of(Roles.COORDINATOR, Roles.ADMIN, Roles.APPROVER, Roles.PARTNER)),
            // Thank-you vouchers: the participant's own; the flagged ones for coordinators (their forums) and admins.
            Map.entry("vouchers", Set.of(Roles.PARTICIPANT)),
            Map.entry("staff/vouchers/flagged", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            // Vouchers: approvers and admins reconcile and export for finance.
            Map.entry("staff/vouchers/reconciliation", Set.of(Roles.APPROVER, Roles.ADMIN)),
            // Vouchers: budgets, forum voucher values and the City of London cap are for admins only.
            Map.entry("staff/vouchers/budgets", Set.of(Roles.ADMIN)),
            Map.entry("staff/vouchers/rules", Set.of(Roles.ADMIN)),
            // Vouchers: approvers sign off, coordinators read their forums' meetings, admins see all.
            Map.entry("staff/vouchers", Set.of(Roles.APPROVER, Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/vouchers/meetings/:meetingId", Set.of(Roles.APPROVER, Roles.COORDINATOR, Roles.ADMIN)),
            // Vouchers, issuing: coordinators (for their forums) and admins load codes and give vouchers.
            Map.entry("staff/vouchers/codes", Set.of(Roles.COORDINATOR, Roles.ADMIN)),
            Map.entry("staff/vouchers/issue", Set.of(Roles.COORDINATOR, Roles.ADMIN))));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_route_has_a_decision_about_who_may_open_it() {
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(r -> r.getTemplate()).toList();
        assertThat(routes).isNotEmpty();
        assertThat(ACCESS.keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    static Stream<Arguments> routeAndRole() {
        var cases = new ArrayList<Arguments>();
        ACCESS.forEach((route, allowed) -> EVERYONE.stream().sorted()
                .forEach(role -> cases.add(Arguments.of(route, role, allowed.contains(role)))));
        return cases.stream();
    }

    @ParameterizedTest(name = "/{0} as {1}: allowed={2}")
    @MethodSource("routeAndRole")
    void route_is_open_only_to_the_roles_that_may_see_it(String route, String role, boolean allowed) {
        var examples = RouteExamples.in(context);
        examples.signIn(role);
        var target = RouteConfiguration.forApplicationScope().getRoute(route).orElseThrow();

        UI.getCurrent().navigate(examples.path(route));

        var shown = getCurrentView().getClass();
        if (allowed) {
            assertThat(shown).as("/%s as %s", route, role).isEqualTo(target);
        } else {
            assertThat(shown).as("/%s as %s", route, role).isNotEqualTo(target);
            assertThat(shown.getSimpleName()).as("/%s as %s is sent to sign in or told not found", route, role)
                    .isIn("StaffSignInView", "NotFoundView", "SignInView");
        }
    }
}
