package london.victimvoice.portal.voice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One question in full, as its answer page and its moderation page show it. */
public record QuestionDetails(UUID id, String title, String prompt, String guidance, List<String> forumCodes,
        @Nullable UUID consultationId, @Nullable ChoicePart choice, @Nullable String scalePrompt,
        Instant opensAt, Instant closesAt, QuestionState state, ModerationStatus moderation,
        String createdBy) {
}
