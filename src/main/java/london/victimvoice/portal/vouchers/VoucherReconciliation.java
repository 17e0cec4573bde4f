package london.victimvoice.portal.vouchers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumSummary;
import london.victimvoice.portal.participants.SealedText;

/**
 * Reconciling vouchers against budgets, for approvers and admins: by financial year, and
 * optionally sponsor, forum and meeting, how many vouchers were requested, approved, issued and
 * confirmed, what is outstanding and what the signed-off ones are worth; the year's budget per
 * sponsor as its ledger adds up; and the same vouchers as CSV for finance, with a pseudonymous
 * reference for each person. Every look and every export is written to the voucher audit.
 */
@Service
public class VoucherReconciliation {

    static final String FINANCE_REFERENCE = "finance-ref";

    private final ReconciliationStore store;
    private final Ledger ledger;
    private final VoucherAudit audit;
    private final SealedText sealedText;
    private final ForumDirectory forums;
    private final Clock clock;

    VoucherReconciliation(ReconciliationStore store, Ledger ledger, VoucherAudit audit, SealedText sealedText,
            ForumDirectory forums, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.audit = audit;
        this.sealedText = sealedText;
        this.forums = forums;
        this.clock = clock;
    }

    /** The financial year today is in, London time: what the page shows first. */
    public FinancialYear currentYear() {
        return FinancialYear.of(clock.instant());
    }

    /**
     * The vouchers of the filter line by line with their totals, the year's budgets (one sponsor's
     * when the filter names one) and the years to choose from; written to the audit as viewed.
     *
     * @throws VoucherRefused unless an approver or admin asks
     */
    @Transactional
    public Reconciliation report(ReconciliationStaff by, ReconciliationFilter filter) {
        require(by);
        var lines = store.lines(filter);
        var totals = lines.stream().map(ReconciliationLine::counts).reduce(ReconciliationCounts.NONE,
                ReconciliationCounts::plus);
        var budgets = new ArrayList<BudgetTotals>();
        for (var sponsor : Sponsor.values()) {
            if (filter.sponsor() == null || filter.sponsor() == sponsor) {
                budgets.add(ledger.totals(filter.year(), sponsor));
            }
        }
        var years = new TreeSet<>(store.years());
        years.add(currentYear());
        years.add(filter.year());
        audit.record(by.username(), VoucherAudit.Action.VIEWED_RECONCILIATION, filter.subject());
        return new Reconciliation(filter, lines, totals, budgets, List.copyOf(years.descendingSet()),
                forums.all().stream().map(ForumSummary::code).toList());
    }

    /**
     * One CSV row per voucher of the filter (withdrawn ones too, so finance can match refunds in
     * the ledger), for finance; written to the audit as exported.
     *
     * @throws VoucherRefused unless an approver or admin asks
     */
    @Transactional
    public String csv(ReconciliationStaff by, ReconciliationFilter filter) {
        require(by);
        var csv = FinanceCsv.of(store.vouchers(filter), this::financeReference);
        audit.record(by.username(), VoucherAudit.Action.EXPORTED_RECONCILIATION, filter.subject());
        return csv;
    }

    /** The file name for an export, e.g. {@code vouchers-2026-27-MOPAC-all-forums.csv}. */
    public static String fileName(ReconciliationFilter filter) {
        return "vouchers-" + filter.year().label().replace('/', '-') + "-"
                + (filter.sponsor() == null ? "all-sponsors" : filter.sponsor().name()) + "-"
                + (filter.forumCode() == null ? "all-forums" : filter.forumCode())
                + (filter.meetingId() == null ? "" : "-meeting") + ".csv";
    }

    private String financeReference(java.util.UUID participantId) {
        return FinanceCsv.reference(sealedText.fingerprint(FINANCE_REFERENCE, participantId.toString()));
    }

    private static void require(ReconciliationStaff by) {
        if (!by.mayReconcile()) {
            throw new VoucherRefused("vouchers.reconciliation.error.notAllowed");
        }
    }
}
