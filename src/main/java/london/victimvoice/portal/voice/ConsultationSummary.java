package london.victimvoice.portal.voice;

import java.time.Instant;
import java.util.UUID;

/** A line in the list of consultations. */
public record ConsultationSummary(UUID id, String title, String summary, Instant createdAt, int questions) {
}
