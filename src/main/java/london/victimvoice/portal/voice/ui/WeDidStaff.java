package london.victimvoice.portal.voice.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.security.Roles;

/**
 * The signed-in member of staff as "we did" wants them: approvers and admins write entries for any
 * forum, coordinators for the forums they look after, partners only read.
 */
final class WeDidStaff {

    private WeDidStaff() {
    }

    static ForumManager of(AuthenticationContext authentication) {
        return new ForumManager(authentication.getPrincipalName().orElse("unknown"),
                authentication.hasRole(Roles.ADMIN) || authentication.hasRole(Roles.APPROVER));
    }

    /** Whether they may write entries at all (partners may not, whatever else). */
    static boolean writes(AuthenticationContext authentication) {
        return authentication.hasAnyRole(Roles.COORDINATOR, Roles.APPROVER, Roles.ADMIN);
    }
}
