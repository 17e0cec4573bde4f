package london.victimvoice.portal.vouchers;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A financial year's budgets as an admin sees them.
 *
 * @param sponsors   one per sponsor, in the order sponsors are shown
 * @param entries    every ledger entry of the year, newest first
 * @param reversed   ids of the entries that have been reversed
 */
public record BudgetOverview(FinancialYear year, int warnAtPercent, List<SponsorYear> sponsors,
        List<LedgerEntry> entries, Set<UUID> reversed) {

    public BudgetOverview {
        sponsors = List.copyOf(sponsors);
        entries = List.copyOf(entries);
        reversed = Set.copyOf(reversed);
    }

    /** Whether an admin may reverse this entry: not a voucher's charge, not a reversal, not reversed already. */
    public boolean reversible(LedgerEntry entry) {
        return entry.account() != LedgerAccount.SPENT && entry.reversesId() == null
                && !reversed.contains(entry.id());
    }
}
