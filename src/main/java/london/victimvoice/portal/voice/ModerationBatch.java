package london.victimvoice.portal.voice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A question's answers as one batch, as the moderation and sign-off pages show it. {@code answers}
 * is empty until the question has {@code threshold} answers, and shuffled on every read.
 * {@code moderatedBy} is true when the person who opened it took any moderating step, which bars
 * them from signing it off.
 */
public record ModerationBatch(UUID questionId, String title, String prompt, List<String> forumCodes,
        @Nullable String consultationTitle, ModerationStatus status, int version, @Nullable String returnedReason,
        @Nullable Instant submittedAt, long answerCount, int threshold, List<ModeratedAnswer> answers,
        List<BatchInsight> insights, boolean moderatedBy) {

    public ModerationBatch {
        forumCodes = List.copyOf(forumCodes);
        answers = List.copyOf(answers);
        insights = List.copyOf(insights);
    }

    public boolean released() {
        return answerCount >= threshold;
    }

    /** Redactions, themes and insights may change: released, and not submitted or signed off. */
    public boolean editable() {
        return released() && (status == ModerationStatus.OPEN || status == ModerationStatus.RETURNED);
    }
}
