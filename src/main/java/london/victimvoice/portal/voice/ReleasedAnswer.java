package london.victimvoice.portal.voice;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An answer as staff may see it once released: never who wrote it or when beyond the question.
 * {@code text} is the original until sign-off and null after; {@code redacted} is the moderator's
 * version (null until they make one).
 */
public record ReleasedAnswer(UUID id, @Nullable String text, @Nullable String redacted, @Nullable String choice,
        @Nullable Integer scale, Set<String> themes, boolean leftOut, @Nullable UUID insightId) {

    /** What others read: the redacted version when there is one. */
    public @Nullable String shown() {
        return redacted != null ? redacted : text;
    }
}
