package london.victimvoice.portal.voice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A batch waiting for sign-off, as the approvers' queue lists it. */
public record WaitingBatch(UUID questionId, String title, List<String> forumCodes, @Nullable String consultationTitle,
        Instant submittedAt, long answers, int insights) {
    public WaitingBatch {
        forumCodes = List.copyOf(forumCodes);
    }
}
