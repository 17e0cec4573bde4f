package london.victimvoice.portal.assistance;

import java.util.regex.Pattern;

/**
 * Checks what a person typed: surrounding spaces go, the length counts code points (so an emoji
 * is one character, as people count), and anything that looks like markup is refused rather
 * than stored, however it would be shown later.
 */
final class FreeText {

    // A tag or a comment opening ("<script", "</b", "<!--", "<?xml"); "<3" or "a < b" are fine.
    private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?]?\\s*[A-Za-z!]");

    private FreeText() {
    }

    /** The stripped text; empty when nothing but spaces was typed. */
    static String checked(String text, int maxCodePoints, String tooLongKey, String markupKey) {
        var given = text.strip();
        if (given.codePointCount(0, given.length()) > maxCodePoints) {
            throw new AssistanceRefused(tooLongKey);
        }
        if (MARKUP.matcher(given).find()) {
            throw new AssistanceRefused(markupKey);
        }
        return given;
    }
}
