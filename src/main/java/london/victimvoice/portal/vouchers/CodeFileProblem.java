package london.victimvoice.portal.vouchers;

import java.util.List;

/**
 * One thing wrong on one line of a supplier's code file.
 *
 * @param line       the line in the file, the header being line 1
 * @param messageKey why, in messages.properties
 */
public record CodeFileProblem(int line, String messageKey, List<Object> arguments) {

    public CodeFileProblem {
        arguments = List.copyOf(arguments);
    }

    CodeFileProblem(int line, String messageKey, Object... arguments) {
        this(line, messageKey, List.of(arguments));
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
