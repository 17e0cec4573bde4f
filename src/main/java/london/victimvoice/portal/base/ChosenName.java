package london.victimvoice.portal.base;

import org.jspecify.annotations.Nullable;

/**
 * The name a person would like us to use. Any script, emoji and right-to-left text are kept as
 * typed. Markup and SQL are just text here: screens show it as text (Vaadin escapes it) and
 * queries bind it as a parameter.
 */
public final class ChosenName {

    /** In Unicode code points; see {@link NameText} for why. */
    public static final int MAX_LENGTH = 80;

    static final String EMPTY = "contact.chosenName.error.empty";
    static final String TOO_LONG = "contact.chosenName.error.tooLong";

    private final String value;

    private ChosenName(String value) {
        this.value = value;
    }

    public static Parsed<ChosenName> parse(@Nullable String typed) {
        var name = NameText.tidy(typed == null ? "" : typed);
        if (name.isEmpty()) {
            return Parsed.refused(EMPTY);
        }
        if (NameText.length(name) > MAX_LENGTH) {
            return Parsed.refused(TOO_LONG, MAX_LENGTH);
        }
        if (NameText.hasHiddenCharacter(name)) {
            return Parsed.refused(NameText.HIDDEN_CHARACTER);
        }
        return Parsed.valid(new ChosenName(name));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ChosenName that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Keeps the name out of logs and error reports. */
    @Override
    public String toString() {
        return "ChosenName[hidden]";
    }
}
