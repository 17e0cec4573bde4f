package london.victimvoice.portal.vouchers;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which vouchers to reconcile: always one financial year, and optionally one sponsor, one forum
 * and one meeting (null: all).
 */
public record ReconciliationFilter(FinancialYear year, @Nullable Sponsor sponsor, @Nullable String forumCode,
        @Nullable UUID meetingId) {

    public static ReconciliationFilter of(FinancialYear year) {
        return new ReconciliationFilter(year, null, null, null);
    }

    /** What the audit line says was looked at, e.g. {@code reconciliation:2026/27:MOPAC:all-forums}. */
    public String subject() {
        return "reconciliation:" + year.label() + ":" + (sponsor == null ? "all-sponsors" : sponsor.name()) + ":"
                + (forumCode == null ? "all-forums" : forumCode) + (meetingId == null ? "" : ":meeting:" + meetingId);
    }
}
