package london.victimvoice.portal.vouchers;

import org.jspecify.annotations.Nullable;

/**
 * A sponsor's financial year: its totals, its cap and how full it is.
 *
 * @param capPence null when the sponsor has no cap
 */
public record SponsorYear(BudgetTotals totals, @Nullable Long capPence, BudgetTotals.Level level) {

    public Sponsor sponsor() {
        return totals.sponsor();
    }
}
