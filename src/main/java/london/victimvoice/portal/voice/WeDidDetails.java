package london.victimvoice.portal.voice;

import java.time.Instant;
import java.util.List;

/**
 * An entry with what editing and its story need: the version it was read at (a change carries
 * it back), who made it and when, and every status it has had, oldest first.
 */
public record WeDidDetails(WeDidEntry entry, int version, String createdBy, Instant createdAt,
        List<WeDidUpdate> history) {
}
