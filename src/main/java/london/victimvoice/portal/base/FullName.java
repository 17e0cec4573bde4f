package london.victimvoice.portal.base;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A person's full name, which they may leave out. Same rules as {@link ChosenName}. */
public final class FullName {

    /** In Unicode code points; see {@link NameText} for why. */
    public static final int MAX_LENGTH = 120;

    static final String TOO_LONG = "contact.fullName.error.tooLong";

    private final String value;

    private FullName(String value) {
        this.value = value;
    }

    /** Blank means the person chose not to give it. */
    public static Parsed<Optional<FullName>> parseOptional(@Nullable String typed) {
        var name = NameText.tidy(typed == null ? "" : typed);
        if (name.isEmpty()) {
            return Parsed.valid(Optional.empty());
        }
        if (NameText.length(name) > MAX_LENGTH) {
            return Parsed.refused(TOO_LONG, MAX_LENGTH);
        }
        if (NameText.hasHiddenCharacter(name)) {
            return Parsed.refused(NameText.HIDDEN_CHARACTER);
        }
        return Parsed.valid(Optional.of(new FullName(name)));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof FullName that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Keeps the name out of logs and error reports. */
    @Override
    public String toString() {
        return "FullName[hidden]";
    }
}
