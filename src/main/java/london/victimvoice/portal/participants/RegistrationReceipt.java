package london.victimvoice.portal.participants;

import java.time.Instant;
import java.util.UUID;

/** What a stored sign-up gives back: enough for the confirmation page, nothing personal. */
public record RegistrationReceipt(UUID participantId, Instant submittedAt) {
}
