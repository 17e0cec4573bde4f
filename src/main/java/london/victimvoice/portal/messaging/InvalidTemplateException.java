package london.victimvoice.portal.messaging;

import org.jspecify.annotations.Nullable;

/**
 * Why a template text was refused, or could not be filled in. The {@link Reason} lets the editor
 * show its own wording; {@link #placeholder()} names the placeholder concerned. Neither the
 * message nor the fields ever carry a value that was to be filled in (a name, a phone number), so
 * this is safe to log.
 */
public final class InvalidTemplateException extends IllegalArgumentException {

    public enum Reason {
        /** More than {@link TemplateText#MAX_LENGTH} characters. */
        TOO_LONG,
        /** A control character other than newline or tab (carriage returns included). */
        CONTROL_CHARACTER,
        /** Half of a surrogate pair: not a character, and no channel can send it. */
        UNPAIRED_SURROGATE,
        /**
         * {@code ((} without a matching {@code ))} on its line, a bracket inside a placeholder, or
         * more than three opening brackets.
         */
        UNCLOSED_PLACEHOLDER,
        /** A placeholder whose name is not lower-case letters, digits and underscores. */
        BAD_PLACEHOLDER_NAME,
        /** The template is fine, but rendering was given no value for one of its placeholders. */
        MISSING_VALUE
    }

    private final Reason reason;
    private final @Nullable String placeholder;

    InvalidTemplateException(Reason reason, @Nullable String placeholder, String message) {
        super(message);
        this.reason = reason;
        this.placeholder = placeholder;
    }

    public Reason reason() {
        return reason;
    }

    /** The placeholder as written between the brackets (shortened if long), when one is concerned. */
    public @Nullable String placeholder() {
        return placeholder;
    }
}
