package london.victimvoice.portal.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * Signs a participant in once a one-time code has proved their contact: there is no password to
 * check, so the participants module, which knows whose contact it was, calls this with the id.
 * The principal is the participant's id and nothing else: no name or contact in the session.
 */
@Service
public class ParticipantSessions {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final AuthenticationContext authentication;

    ParticipantSessions(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /**
     * Signs the current browser session in as this participant. Must run inside a Vaadin request
     * (a view's event handler). The session id changes, as it does for staff, so an id seen
     * before signing in is worth nothing after.
     */
    public void signIn(UUID participantId) {
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request == null || response == null) {
            throw new IllegalStateException("A participant can only sign in from a page request");
        }
        // Vaadin's way to move its session (and the sign-up draft in it) to a new HTTP session.
        VaadinService.reinitializeSession(request);
        var http = request.getHttpServletRequest();
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(participantId.toString(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.PARTICIPANT))));
        // Stored in the session only. Never set on the context holder here: Vaadin's holder
        // strategy keeps a thread-local of its own, and an identity left on a server thread must
        // never reach another visitor.
        repository.saveContext(context, http, response.getHttpServletResponse());
    }

    /**
     * The signed-in participant's id; empty for anyone else (anonymous or staff). Read from this
     * browser's own session, never from whatever the request thread holds, so a page that shows
     * a participant's data can only ever show the data of the session's own participant.
     */
    public Optional<UUID> current() {
        var vaadinSession = VaadinSession.getCurrent();
        if (vaadinSession == null || vaadinSession.getSession() == null) {
            return Optional.empty();
        }
        var stored = vaadinSession.getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(stored instanceof SecurityContext context) || context.getAuthentication() == null
                || !context.getAuthentication().isAuthenticated()) {
            return Optional.empty();
        }
        var signedIn = context.getAuthentication();
        var participant = signedIn.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Roles.PARTICIPANT).equals(a.getAuthority()));
        return participant ? parse(signedIn.getName()) : Optional.empty();
    }

    /** Ends the session, as signing out does for staff, and goes to the front page. */
    public void signOut() {
        authentication.logout();
    }

    private static Optional<UUID> parse(String name) {
        try {
            return Optional.of(UUID.fromString(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
