package london.victimvoice.portal.vouchers;

/**
 * The member of staff asking about budgets and voucher rules. Only admins may see or change them;
 * views build it from the security context ({@code admin} when they have the ADMIN role).
 */
public record BudgetStaff(String username, boolean admin) {
}
