package london.victimvoice.portal.base;

import java.util.regex.Pattern;

/**
 * The one rule for free text people and staff type: it is plain text. Text that looks like a tag,
 * a comment or a declaration is refused rather than stored, however it would be shown later
 * (an agenda or a note may be copied into an email or a document); "5 < 7" and "<3" are fine.
 */
public final class PlainText {

    /** "<" then a letter, "/", "!" or "?": the start of "<script", "</b", "<!--", "<?xml". */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?\\p{L}]");

    private PlainText() {
    }

    public static boolean looksLikeMarkup(String text) {
        return MARKUP.matcher(text).find();
    }
}
