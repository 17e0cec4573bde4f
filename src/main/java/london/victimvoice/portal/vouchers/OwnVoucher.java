package london.victimvoice.portal.vouchers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A thank-you voucher as its owner sees it: never how it was decided, only where it is for them.
 *
 * @param meetingDay  the London day of the meeting it thanks them for
 * @param delivery    how it reaches them; null while it is on its way
 * @param code        the e-voucher code, opened for its owner only; null unless one was sent
 * @param confirmedAt when they said it arrived; null until then
 */
public record OwnVoucher(UUID id, LocalDate meetingDay, int valuePence, Stage stage, @Nullable Delivery delivery,
        @Nullable String code, @Nullable Instant confirmedAt) {

    /** Where a voucher is, in the owner's words. */
    public enum Stage {
        /** Not given yet (whatever still has to happen first). */
        ON_ITS_WAY,
        /** Sent or handed over: waiting for them to say it arrived. */
        GIVEN,
        /** They said it arrived. */
        CONFIRMED
    }
}
