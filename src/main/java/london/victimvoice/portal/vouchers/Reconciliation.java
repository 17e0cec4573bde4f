package london.victimvoice.portal.vouchers;

import java.util.List;

/**
 * Vouchers reconciled for a filter: a line per meeting, the totals of those lines, the year's
 * budget for each sponsor asked about (the sums of its ledger entries), and the years there is
 * anything to reconcile in, for choosing another.
 */
public record Reconciliation(ReconciliationFilter filter, List<ReconciliationLine> lines,
        ReconciliationCounts totals, List<BudgetTotals> budgets, List<FinancialYear> years,
        List<String> forumCodes) {

    public Reconciliation {
        lines = List.copyOf(lines);
        budgets = List.copyOf(budgets);
        years = List.copyOf(years);
        forumCodes = List.copyOf(forumCodes);
    }
}
