package london.victimvoice.portal.voice;

import java.util.List;

/**
 * A question's answers for staff: {@code released} only once {@code count} reaches
 * {@code threshold}; before that {@code answers} is empty. The order is shuffled on every read.
 */
public record ReleasedAnswers(long count, int threshold, boolean released, List<ReleasedAnswer> answers) {
    public ReleasedAnswers {
        answers = List.copyOf(answers);
    }
}
