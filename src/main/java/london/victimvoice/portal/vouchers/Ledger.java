package london.victimvoice.portal.vouchers;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds to the ledger and adds it up. Everything here joins the caller's transaction: a voucher's
 * charge stands or falls with its sign-off. Spending first locks the sponsor's year, so totals
 * read after the lock include every entry committed before, and two sign-offs at once queue up.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class Ledger {

    private final LedgerStore store;
    private final Clock clock;

    Ledger(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Charges a voucher's value to its sponsor's year if what is left (the override included)
     * covers it. A voucher is charged once: asking again changes nothing and answers true.
     *
     * @return false when the money is not there, adding nothing
     */
    boolean charge(UUID voucherId, FinancialYear year, Sponsor sponsor, long pence, String by) {
        if (!store.lockYear(year, sponsor)) {
            return false;
        }
        if (store.openCharge(voucherId).isPresent()) {
            return true;
        }
        if (store.lockedTotals(year, sponsor).availablePence() < pence) {
            return false;
        }
        // The key makes a second charge at the same moment fail; a voucher withdrawn and requested
        // again (attendance corrected twice) is charged again under the next number.
        var charges = store.charges(voucherId);
        var entryKey = "spent:" + voucherId + (charges == 0 ? "" : ":" + (charges + 1));
        store.insert(new LedgerEntry(UUID.randomUUID(), year, sponsor, LedgerAccount.SPENT, pence, voucherId, null,
                "voucher signed off", by, now()), entryKey);
        return true;
    }

    /** Gives back a withdrawn voucher's charge with a reversing entry; nothing if it was never charged. */
    void refund(UUID voucherId, String by, String reason) {
        store.openCharge(voucherId).ifPresent(e -> reverse(e, by, reason));
    }

    /** Money for a sponsor's year (negative takes some back). */
    LedgerEntry allot(FinancialYear year, Sponsor sponsor, long pence, String by, String reason) {
        return add(year, sponsor, LedgerAccount.BUDGET, pence, by, reason);
    }

    /** An admin's permission to sign off beyond the budget, by this much. */
    LedgerEntry allow(FinancialYear year, Sponsor sponsor, long pence, String by, String reason) {
        return add(year, sponsor, LedgerAccount.OVERRIDE, pence, by, reason);
    }

    /**
     * Puts an entry right by adding its opposite.
     *
     * @throws VoucherRefused when there is no such entry, it is itself a reversal, or it was reversed already
     */
    LedgerEntry reverse(UUID entryId, String by, String reason) {
        var entry = store.find(entryId).orElseThrow(() -> new VoucherRefused("vouchers.ledger.error.notFound"));
        if (entry.reversesId() != null) {
            throw new VoucherRefused("vouchers.ledger.error.reversal");
        }
        if (store.reversed(entryId)) {
            throw new VoucherRefused("vouchers.ledger.error.alreadyReversed");
        }
        return reverse(entry, by, reason);
    }

    BudgetTotals totals(FinancialYear year, Sponsor sponsor) {
        return store.totals(year, sponsor);
    }

    /** Takes the year's lock first, for decisions that depend on the totals. */
    BudgetTotals lockedTotals(FinancialYear year, Sponsor sponsor) {
        store.lockYear(year, sponsor);
        return store.lockedTotals(year, sponsor);
    }

    List<LedgerEntry> entries(FinancialYear year, Sponsor sponsor) {
        return store.entries(year, sponsor);
    }

    private LedgerEntry reverse(LedgerEntry entry, String by, String reason) {
        store.lockYear(entry.year(), entry.sponsor());
        var reversal = new LedgerEntry(UUID.randomUUID(), entry.year(), entry.sponsor(), entry.account(),
                -entry.amountPence(), entry.voucherId(), entry.id(), reason, by, now());
        store.insert(reversal, "reverses:" + entry.id());
        return reversal;
    }

    private LedgerEntry add(FinancialYear year, Sponsor sponsor, LedgerAccount account, long pence, String by,
            String reason) {
        var at = now();
        store.ensureBudgetRow(year, sponsor, by, at);
        store.lockYear(year, sponsor);
        var entry = new LedgerEntry(UUID.randomUUID(), year, sponsor, account, pence, null, null, reason, by, at);
        store.insert(entry, null);
        return entry;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
