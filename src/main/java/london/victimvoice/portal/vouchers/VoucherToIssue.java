package london.victimvoice.portal.vouchers;

import java.util.UUID;

/** A signed-off voucher waiting to be given: its owner's chosen name and its value. */
public record VoucherToIssue(UUID id, UUID participantId, String chosenName, int valuePence) {
}
