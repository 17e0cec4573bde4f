package london.victimvoice.portal.vouchers;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One person's voucher for a meeting, as staff see it: never the code itself.
 *
 * @param chosenName     null when the person is no longer a member of the forum
 * @param codeHint       the code's last characters once a code is assigned
 * @param recordedByYou  the viewer recorded this attendance (or raised the request): four eyes
 * @param mayBeSignedOff waiting, and the viewer is an approver who may sign it off
 */
public record SignOffLine(UUID voucherId, UUID participantId, @Nullable String chosenName, VoucherStatus status,
        int valuePence, Sponsor sponsor, @Nullable String codeHint, boolean recordedByYou, boolean mayBeSignedOff) {

    /** "•••• 1234", or null before a code is assigned. */
    public @Nullable String maskedCode() {
        if (codeHint == null || codeHint.isBlank()) {
            return null;
        }
        var last = codeHint.length() > 4 ? codeHint.substring(codeHint.length() - 4) : codeHint;
        return "\u2022\u2022\u2022\u2022 " + last;
    }
}
