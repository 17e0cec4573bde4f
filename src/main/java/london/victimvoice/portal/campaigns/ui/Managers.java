package london.victimvoice.portal.campaigns.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.security.Roles;

/** The signed-in member of staff as the bulk send service wants them. */
final class Managers {

    private Managers() {
    }

    static ForumManager of(AuthenticationContext authentication) {
        return new ForumManager(authentication.getPrincipalName().orElse("unknown"),
                authentication.hasRole(Roles.ADMIN));
    }
}
