package london.victimvoice.portal.voice;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A question as a coordinator posts it. It goes to {@code forumCodes} or, when
 * {@code consultationId} is set, to that consultation's pool (and then has no forums). It opens at
 * the start of {@code opensOn} and closes at the end of {@code closesOn}, London time.
 */
public record NewQuestion(String title, String prompt, String guidance, Set<String> forumCodes,
        @Nullable UUID consultationId, @Nullable ChoicePart choice, @Nullable String scalePrompt,
        LocalDate opensOn, LocalDate closesOn) {
    public NewQuestion {
        forumCodes = Set.copyOf(forumCodes);
    }
}
