package london.victimvoice.portal.voice;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step in an entry's story: the status it took, when, by which member of staff, and their note. Never edited. */
public record WeDidUpdate(ActionStatus status, @Nullable String note, String staffUsername, Instant recordedAt) {
}
