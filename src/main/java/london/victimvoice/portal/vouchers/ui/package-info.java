/** The voucher pages: budgets and rules for admins. */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.vouchers.ui;
