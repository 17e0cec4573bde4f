package london.victimvoice.portal.support;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a signed-in person with one role into the security context, as a real sign-in would. */
public final class SignedInAs {

    public static final String ANONYMOUS = "ANONYMOUS";
    private static final String SESSION_KEY =
            org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private SignedInAs() {
    }

    public static void role(String role) {
        SecurityContextHolder.clearContext();
        var vaadinSession = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (vaadinSession != null) {
            vaadinSession.getSession().removeAttribute(SESSION_KEY);
        }
        if (ANONYMOUS.equals(role)) {
            return;
        }
        // A participant's principal is their id, as a real sign-in makes it; staff have usernames.
        signIn("PARTICIPANT".equals(role) ? java.util.UUID.randomUUID().toString() : "test-" + role.toLowerCase(),
                role);
    }

    /** Signs in as this participant, e.g. a real member of a forum made by the test. */
    public static void participant(java.util.UUID participantId) {
        role(ANONYMOUS);
        signIn(participantId.toString(), "PARTICIPANT");
    }

    private static void signIn(String principal, String role) {
        var vaadinSession = com.vaadin.flow.server.VaadinSession.getCurrent();
        var authentication = new UsernamePasswordAuthenticationToken(principal, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // Where a real sign-in keeps it, and where the participant's own pages read it from.
        if (vaadinSession != null) {
            vaadinSession.getSession().setAttribute(SESSION_KEY, SecurityContextHolder.getContext());
        }
    }
}
