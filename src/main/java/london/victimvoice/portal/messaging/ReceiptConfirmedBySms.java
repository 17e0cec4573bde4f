package london.victimvoice.portal.messaging;

import java.time.Instant;
import java.util.UUID;

/** A participant texted RECEIVED: the voucher work decides what it confirms. */
public record ReceiptConfirmedBySms(UUID participantId, Instant at) {
}
