package london.victimvoice.portal.messaging;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A template change refused; nothing was saved. Every problem found is listed, so the editor can
 * show them all at once beside their fields. A problem's arguments fill its message; an argument
 * that is a {@link TemplatePart} is shown as the part's name. The arguments never hold anything
 * about a participant.
 */
public class TemplateRefused extends RuntimeException {

    public static final String EMPTY = "messaging.templates.error.empty";
    public static final String TOO_LONG = "messaging.templates.error.tooLong";
    public static final String BAD_CHARACTER = "messaging.templates.error.badCharacter";
    public static final String UNCLOSED_PLACEHOLDER = "messaging.templates.error.unclosed";
    public static final String BAD_PLACEHOLDER_NAME = "messaging.templates.error.badName";
    public static final String UNKNOWN_PLACEHOLDER = "messaging.templates.error.unknown";
    public static final String SMS_TOO_LONG = "messaging.templates.error.smsTooLong";
    public static final String SUBJECT_TOO_LONG = "messaging.templates.error.subjectTooLong";
    public static final String SUBJECT_LINE_BREAK = "messaging.templates.error.subjectLineBreak";
    public static final String STOP_LINK_MISSING = "messaging.templates.error.stopLinkMissing";
    public static final String SAVED_BY_SOMEONE_ELSE = "messaging.templates.error.stale";
    public static final String NAME_MISSING = "messaging.templates.error.nameMissing";
    public static final String NAME_NO_LETTERS = "messaging.templates.error.nameNoLetters";
    public static final String NAME_TOO_LONG = "messaging.templates.error.nameTooLong";
    public static final String NAME_TAKEN = "messaging.templates.error.nameTaken";

    /** @param part the field concerned, or null for a problem with the whole template (saved by someone else) */
    public record Problem(@Nullable TemplatePart part, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem of(@Nullable TemplatePart part, String messageKey, Object... arguments) {
            return new Problem(part, messageKey, Arrays.asList(arguments));
        }
    }

    private final List<Problem> problems;

    public TemplateRefused(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).toList().toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs a reason");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Whether someone else saved a newer version first. */
    public boolean savedBySomeoneElse() {
        return problems.stream().anyMatch(p -> SAVED_BY_SOMEONE_ELSE.equals(p.messageKey()));
    }
}
