package london.victimvoice.portal.voice;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a consultation's answers add up to, safe to show: a count below {@code smallGroup} is never
 * given exactly (only "fewer than N"), a question with fewer than {@code releaseThreshold} answers
 * shows nothing at all, and the only words are the moderators' redacted text once signed off.
 */
public record ConsultationResults(UUID consultationId, String title, int smallGroup, int releaseThreshold,
        List<QuestionResults> questions) {

    public ConsultationResults {
        questions = List.copyOf(questions);
    }

    /**
     * A count as it may be shown: the number itself; or, when it is below the small-group limit,
     * only that it is fewer than {@code value} (the limit; the real number never leaves the
     * service); or {@code withheld}, a count hidden only so that a small group beside it cannot be
     * worked out by taking the others from the total ({@code value} is then 0).
     */
    public record GroupCount(long value, boolean fewerThan, boolean withheld) {

        public GroupCount(long value, boolean fewerThan) {
            this(value, fewerThan, false);
        }

        static GroupCount of(long count, int smallGroup) {
            return count < smallGroup ? new GroupCount(smallGroup, true) : new GroupCount(count, false);
        }

        static GroupCount hidden() {
            return new GroupCount(0, false, true);
        }
    }

    /** One option of the multiple choice, or one point (1 to 5) of the scale, and how many chose it. */
    public record OptionCount(String label, GroupCount count) {
    }

    /** A redacted, signed-off answer and the themes the moderators gave it. */
    public record ResultText(String text, List<String> themes) {
        public ResultText {
            themes = List.copyOf(themes);
        }
    }

    /**
     * One question's results. When {@code released} is false every other part is empty or null:
     * it has fewer answers than the release threshold. {@code texts} is empty until the answers are
     * signed off ({@code signedOff}); it is shuffled on every read.
     */
    public record QuestionResults(UUID questionId, String title, boolean released, @Nullable GroupCount answers,
            @Nullable String choicePrompt, List<OptionCount> choices, @Nullable String scalePrompt,
            List<OptionCount> scale, boolean signedOff, List<ResultText> texts) {

        public QuestionResults {
            choices = List.copyOf(choices);
            scale = List.copyOf(scale);
            texts = List.copyOf(texts);
        }
    }
}
