package london.victimvoice.portal.voice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A line in the staff list of questions. {@code answers} is a count only: it says nothing of who. */
public record QuestionSummary(UUID id, String title, List<String> forumCodes, @Nullable UUID consultationId,
        Instant opensAt, Instant closesAt, QuestionState state, long answers, ModerationStatus moderation) {
}
