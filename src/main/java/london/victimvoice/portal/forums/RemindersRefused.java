package london.victimvoice.portal.forums;

import java.util.List;

/** Reminder settings the service will not save, with every problem found at once. Nothing changed. */
public class RemindersRefused extends RuntimeException {

    private final List<ReminderProblem> problems;

    public RemindersRefused(List<ReminderProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<ReminderProblem> problems() {
        return problems;
    }
}
