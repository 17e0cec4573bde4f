package london.victimvoice.portal.voice;

import java.util.Locale;

/**
 * What a redaction suggestion looks like: a name, a phone number, an email address, a UK
 * postcode, a street address or a date (of birth, most often). The order is the priority when
 * two suggestions overlap: an email address wins over the name inside it.
 */
public enum RedactionKind {
    EMAIL, PHONE, ADDRESS, POSTCODE, DATE, NAME;

    /** The bundle key of the words put in place of the span, e.g. "[phone number]". */
    public String placeholderKey() {
        return "voice.moderation.placeholder." + name().toLowerCase(Locale.ROOT);
    }

    /** The bundle key of what a screen reader hears after a highlighted span. */
    public String labelKey() {
        return "voice.moderation.kind." + name().toLowerCase(Locale.ROOT);
    }
}
