package london.victimvoice.portal.vouchers.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;

import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.vouchers.BudgetStaff;

/** The signed-in member of staff as the budget service wants them. */
final class BudgetStaffs {

    private BudgetStaffs() {
    }

    static BudgetStaff of(AuthenticationContext authentication) {
        return new BudgetStaff(authentication.getPrincipalName().orElse("unknown"), authentication.hasRole(Roles.ADMIN));
    }
}
