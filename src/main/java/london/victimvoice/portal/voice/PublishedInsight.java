package london.victimvoice.portal.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A signed-off insight as partners read it: what was said, under which forum (or consultation)
 * and theme, and the redacted answers it rests on (none left out). No name of anyone, staff
 * included. {@code fewerThan} is set when {@code answerCount} is below the small-group limit; then
 * pages say "fewer than N" rather than the count.
 */
public record PublishedInsight(UUID id, String title, String summary, String theme, UUID questionId,
        String questionTitle, List<String> forumCodes, @Nullable String consultationTitle, LocalDate signedOffOn,
        int answerCount, @Nullable Integer fewerThan, List<String> answers) {
    public PublishedInsight {
        forumCodes = List.copyOf(forumCodes);
        answers = List.copyOf(answers);
    }
}
