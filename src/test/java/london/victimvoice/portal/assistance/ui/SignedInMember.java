package london.victimvoice.portal.assistance.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Signs this browserless session in as one given participant, where a real sign-in keeps it. */
final class SignedInMember {

    private SignedInMember() {
    }

    static void as(UUID participantId) {
        SecurityContextHolder.clearContext();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(participantId.toString(), null,
                List.of(new SimpleGrantedAuthority("ROLE_PARTICIPANT")));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
    }
}
