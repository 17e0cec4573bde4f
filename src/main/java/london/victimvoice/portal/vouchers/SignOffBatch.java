package london.victimvoice.portal.vouchers;

import org.jspecify.annotations.Nullable;

/**
 * What signing off a whole meeting did.
 *
 * @param signedOff      signed off and charged, now
 * @param waiting        still waiting because the budget ran out (the batch stopped there)
 * @param recordedByYou  left for another approver: the signer recorded that attendance
 * @param sponsor        whose budget ran out, or null when it did not
 * @param year           ... in which year
 */
public record SignOffBatch(int signedOff, int waiting, int recordedByYou, @Nullable Sponsor sponsor,
        @Nullable FinancialYear year) {

    public boolean budgetRanOut() {
        return sponsor != null;
    }
}
