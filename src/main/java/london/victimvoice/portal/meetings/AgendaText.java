package london.victimvoice.portal.meetings;

import london.victimvoice.portal.base.PlainText;

/**
 * Checks free text for topics and agenda items. Screens show text as text, so markup could do
 * no harm there, but an agenda may be copied into emails and documents later: text that looks
 * like a tag is refused with a plain message rather than stored.
 */
final class AgendaText {

    private AgendaText() {
    }

    /**
     * @param keyPrefix e.g. {@code agenda.error.topic}: refusals use {@code Empty}, {@code TooLong}
     *        (with the limit as argument) and {@code Markup} after it
     * @return the text without surrounding spaces
     */
    static String check(String raw, int maxCodePoints, String keyPrefix) {
        var text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new AgendaRefused(keyPrefix + "Empty");
        }
        if (text.codePointCount(0, text.length()) > maxCodePoints) {
            throw new AgendaRefused(keyPrefix + "TooLong", maxCodePoints);
        }
        if (PlainText.looksLikeMarkup(text)) {
            throw new AgendaRefused(keyPrefix + "Markup");
        }
        return text;
    }
}
