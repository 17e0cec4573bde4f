package london.victimvoice.portal.vouchers;

import java.util.Set;

import london.victimvoice.portal.security.Roles;

/** The member of staff asking to reconcile vouchers, with their roles as the security context says. */
public record ReconciliationStaff(String username, Set<String> roles) {

    public ReconciliationStaff {
        roles = Set.copyOf(roles);
    }

    /** Approvers and admins reconcile; nobody else sees voucher money or exports it. */
    public boolean mayReconcile() {
        return roles.contains(Roles.APPROVER) || roles.contains(Roles.ADMIN);
    }
}
