package london.victimvoice.portal.vouchers;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A voucher given long ago and still not confirmed by its owner, for the forum's coordinators to
 * follow up. Never the code: only its last characters.
 *
 * @param chosenName   the name the person chose; null when they are no longer on record
 * @param daysSinceIssued whole London days since it was sent or handed over
 * @param codeHint     the code's last characters, or null for a card handed over in person
 */
public record FlaggedVoucher(UUID id, UUID participantId, @Nullable String chosenName, String forumCode,
        LocalDate meetingDay, long daysSinceIssued, Delivery delivery, @Nullable String codeHint, int valuePence) {

    /** What staff see of a code: {@code •••• 1234}. */
    public @Nullable String maskedCode() {
        return codeHint == null ? null : "•••• " + codeHint;
    }
}
