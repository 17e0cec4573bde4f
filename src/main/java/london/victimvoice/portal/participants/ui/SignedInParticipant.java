package london.victimvoice.portal.participants.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.router.BeforeEnterEvent;

import london.victimvoice.portal.security.ParticipantSessions;

/**
 * Guards the participant's own pages. They are open routes on purpose: the portal's login view
 * is the staff sign-in, and a victim sent there ("Staff sign in") would think they were in the
 * wrong place. Anyone who is not a signed-in participant is sent to the participant sign-in
 * instead, before the page reads anything. {@code RouteAccessTest} checks that no other role
 * ever sees these pages.
 */
final class SignedInParticipant {

    private SignedInParticipant() {
    }

    /** The participant's id, or empty after forwarding the navigation to the sign-in page. */
    static Optional<UUID> orSignIn(BeforeEnterEvent event, ParticipantSessions sessions) {
        var id = sessions.current();
        if (id.isEmpty()) {
            event.forwardTo(SignInView.class);
        }
        return id;
    }
}
