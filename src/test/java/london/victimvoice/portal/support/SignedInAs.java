package london.victimvoice.portal.support;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a signed-in person with one role into the security context, as a real sign-in would. */
public final class SignedInAs {

    public static final String ANONYMOUS = "ANONYMOUS";

    private SignedInAs() {
    }

    public static void role(String role) {
        SecurityContextHolder.clearContext();
        if (ANONYMOUS.equals(role)) {
            return;
        }
        // A participant's principal is their id, as a real sign-in makes it; staff have usernames.
        var principal = "PARTICIPANT".equals(role) ? java.util.UUID.randomUUID().toString()
                : "test-" + role.toLowerCase();
        var authentication = new UsernamePasswordAuthenticationToken(principal, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
