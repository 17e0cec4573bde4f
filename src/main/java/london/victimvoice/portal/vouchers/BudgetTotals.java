package london.victimvoice.portal.vouchers;

/**
 * A sponsor's year as the sum of its ledger entries.
 *
 * @param budgetPence    allotted
 * @param allowancePence an admin's overrides beyond the budget
 * @param spentPence     signed off
 */
public record BudgetTotals(FinancialYear year, Sponsor sponsor, long budgetPence, long allowancePence,
        long spentPence) {

    public enum Level {
        /** Below the warning line. */
        OK,
        /** At or above the warning line (80% by default). */
        WARNING,
        /** Spent all of its budget (an override may still allow more). */
        FULL
    }

    /** What may still be signed off, the override included; never below zero. */
    public long availablePence() {
        return Math.max(0, budgetPence + allowancePence - spentPence);
    }

    /** Spent as a whole percentage of the budget; 100 when there is no budget and anything was spent. */
    public int percentSpent() {
        if (budgetPence <= 0) {
            return spentPence > 0 ? 100 : 0;
        }
        return (int) Math.min(999, spentPence * 100 / budgetPence);
    }

    public Level level(int warnAtPercent) {
        if (budgetPence > 0 && spentPence >= budgetPence || budgetPence <= 0 && spentPence > 0) {
            return Level.FULL;
        }
        return budgetPence > 0 && spentPence * 100 >= (long) warnAtPercent * budgetPence ? Level.WARNING : Level.OK;
    }
}
