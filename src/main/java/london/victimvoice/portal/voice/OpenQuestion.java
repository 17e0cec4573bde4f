package london.victimvoice.portal.voice;

import java.time.Instant;
import java.util.UUID;

/** A question a participant may answer now, and whether they already have. */
public record OpenQuestion(UUID id, String title, Instant closesAt, boolean answered) {
}
