package london.victimvoice.portal.vouchers;

import java.util.List;

/**
 * A supplier's code file was refused whole and nothing was stored. Either one reason for the whole
 * file ({@link #messageKey()}, e.g. a wrong first line), or the first {@value #SHOWN} problems with
 * their line numbers and how many more there were.
 */
public class CodeFileRefused extends VoucherRefused {

    /** At most this many problems are kept: enough to mend a file, few enough to read. */
    public static final int SHOWN = 10;

    private final List<CodeFileProblem> problems;
    private final int more;

    CodeFileRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.problems = List.of();
        this.more = 0;
    }

    CodeFileRefused(List<CodeFileProblem> all) {
        super("vouchers.issue.csv.problems", all.size());
        this.problems = List.copyOf(all.subList(0, Math.min(SHOWN, all.size())));
        this.more = Math.max(0, all.size() - SHOWN);
    }

    /** The problems with line numbers, in line order; empty when the whole file was refused for one reason. */
    public List<CodeFileProblem> problems() {
        return problems;
    }

    /** Problems beyond those in {@link #problems()}. */
    public int more() {
        return more;
    }
}
