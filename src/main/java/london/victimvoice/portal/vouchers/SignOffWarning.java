package london.victimvoice.portal.vouchers;

/** A sponsor's budget for a year at or beyond its warning line (80% by default) or spent. */
public record SignOffWarning(BudgetTotals totals, BudgetTotals.Level level) {
}
