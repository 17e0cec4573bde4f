package london.victimvoice.portal.vouchers;

import london.victimvoice.portal.forums.ForumManager;

/**
 * Who is looking at or signing off vouchers, with the roles their sign-in gave them. Approvers
 * and admins see every forum; a coordinator only the forums they look after, and only approvers
 * sign off.
 */
public record SignOffViewer(String username, boolean approver, boolean coordinator, boolean admin) {

    /** Sees every forum's vouchers. */
    public boolean seesAll() {
        return approver || admin;
    }

    /** Sees how full the budgets are. */
    public boolean seesBudgets() {
        return approver || admin;
    }

    public ForumManager manager() {
        return new ForumManager(username, admin);
    }
}
