package london.victimvoice.portal.voice;

import java.util.List;

/** A question (or a consultation) was not saved; each problem is a bundle key with its arguments. */
public class QuestionRefused extends RuntimeException {

    public record Problem(String field, String messageKey, Object... args) {
    }

    private final List<Problem> problems;

    public QuestionRefused(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).toList().toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
