package london.victimvoice.portal.voice;

import java.util.Set;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.security.Roles;

/**
 * The member of staff asking about consultations, with their roles as the security context says.
 * Coordinators and admins start consultations; they, approvers and partner viewers read results.
 */
public record ConsultationStaff(String username, Set<String> roles) {

    public ConsultationStaff {
        roles = Set.copyOf(roles);
    }

    public boolean mayCreate() {
        return roles.contains(Roles.COORDINATOR) || roles.contains(Roles.ADMIN);
    }

    public boolean mayReadResults() {
        return mayCreate() || roles.contains(Roles.APPROVER) || roles.contains(Roles.PARTNER);
    }

    /** The same person as the question service wants them, to post a question into a consultation. */
    public ForumManager manager() {
        return new ForumManager(username, roles.contains(Roles.ADMIN));
    }
}
