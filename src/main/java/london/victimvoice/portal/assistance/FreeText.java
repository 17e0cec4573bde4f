package london.victimvoice.portal.assistance;

import london.victimvoice.portal.base.PlainText;

/**
 * Checks what a person typed: surrounding spaces go, the length counts code points (so an emoji
 * is one character, as people count), and anything that looks like markup is refused rather
 * than stored, however it would be shown later.
 */
final class FreeText {

    private FreeText() {
    }

    /** The stripped text; empty when nothing but spaces was typed. */
    static String checked(String text, int maxCodePoints, String tooLongKey, String markupKey) {
        var given = text.strip();
        if (given.codePointCount(0, given.length()) > maxCodePoints) {
            throw new AssistanceRefused(tooLongKey);
        }
        if (PlainText.looksLikeMarkup(given)) {
            throw new AssistanceRefused(markupKey);
        }
        return given;
    }
}
