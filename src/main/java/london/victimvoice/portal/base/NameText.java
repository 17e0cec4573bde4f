package london.victimvoice.portal.base;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The tidying shared by the name types. Names are stored as typed, in any script, with emoji:
 * only invisible characters that could break storage or disguise a name on a staff screen are
 * refused.
 * <p>
 * Lengths count Unicode code points, the unit MariaDB's {@code VARCHAR(n)} counts in utf8mb4, so
 * a name that passes always fits its column. A family emoji is several code points, so it uses
 * several of the allowed characters. Browsers count {@code maxlength} in UTF-16 units, which
 * would cut emoji names short: forms should check with these types instead of setting it.
 */
final class NameText {

    static final String HIDDEN_CHARACTER = "contact.name.error.hiddenCharacter";

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private NameText() {
    }

    /** NFC, so "é" typed two ways is stored one way; runs of spaces, tabs and line breaks become one space. */
    static String tidy(String typed) {
        return WHITESPACE.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static boolean hasHiddenCharacter(String text) {
        return text.codePoints().anyMatch(NameText::isHidden);
    }

    /*
     * Control characters, lone halves of a surrogate pair (MariaDB cannot store them) and the
     * bidirectional overrides and isolates that can make a name display as different text.
     * Joiners (U+200C, U+200D) stay: emoji sequences and some scripts need them.
     */
    private static boolean isHidden(int codePoint) {
        var type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.SURROGATE
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
