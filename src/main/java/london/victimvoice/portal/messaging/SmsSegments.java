package london.victimvoice.portal.messaging;

/**
 * How an SMS body travels: its encoding, its length as the network counts it, and how many
 * segments (billed parts) it takes. The template editor shows this and warns above two segments;
 * the pacing counts segments, as Twilio's per-sender limit does.
 *
 * <p>Counted the way Twilio's own segment calculator does:
 * <ul>
 *   <li>GSM-7 when every character is in the GSM 03.38 basic set or its extension table; an
 *       extension character ({@code ^ { } \ [ ~ ] | €} and form feed) costs two septets (escape +
 *       character). 160 septets fit one segment; a longer body is split into parts of 153.</li>
 *   <li>Any other character switches the whole body to UCS-2, counted in UTF-16 code units (an
 *       emoji outside the Basic Multilingual Plane is two): 70 in one segment, 67 per part.</li>
 *   <li>A character is never split across two parts: an escape sequence or a surrogate pair that
 *       would straddle the boundary moves whole to the next part, leaving one unit unused. So
 *       {@code segments} can exceed {@code ceil(characters / 153)} (or 67).</li>
 *   <li>No smart encoding: Twilio can swap curly quotes and similar for GSM look-alikes when a
 *       Messaging Service enables it, but we count the body we send, the worst case.</li>
 * </ul>
 *
 * @param characters the length the limits apply to: septets for GSM-7, UTF-16 code units for UCS-2
 * @param segments   0 for the empty body (there is nothing to send), otherwise at least 1
 */
public record SmsSegments(Encoding encoding, int characters, int segments) {

    public enum Encoding { GSM_7, UCS_2 }

    public static final int GSM_7_SINGLE = 160;
    public static final int GSM_7_PART = 153;
    public static final int UCS_2_SINGLE = 70;
    public static final int UCS_2_PART = 67;
    /** The editor warns when a text needs more segments than this. */
    public static final int WARNING_ABOVE = 2;

    /** GSM 03.38 default alphabet: one septet each. */
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** GSM 03.38 extension table: escape plus the character, two septets each. */
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public SmsSegments {
        if (encoding == null) {
            throw new IllegalArgumentException("An SMS count needs an encoding");
        }
        if (characters < 0 || segments < 0 || (characters == 0) != (segments == 0)) {
            throw new IllegalArgumentException("An SMS count needs characters >= 0 and segments >= 1 unless empty");
        }
    }

    public static SmsSegments of(String body) {
        if (body == null) {
            throw new IllegalArgumentException("An SMS count needs a body");
        }
        if (isGsm7(body)) {
            return count(Encoding.GSM_7, septets(body), GSM_7_SINGLE, GSM_7_PART);
        }
        return count(Encoding.UCS_2, unitsPerCodePoint(body), UCS_2_SINGLE, UCS_2_PART);
    }

    /** True when the editor should warn that the text costs more than two segments. */
    public boolean aboveWarning() {
        return segments > WARNING_ABOVE;
    }

    static boolean isGsm7(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The cost of each character in septets; the caller has checked the body is all GSM-7. */
    private static int[] septets(String body) {
        int[] sizes = new int[body.length()];
        for (int i = 0; i < body.length(); i++) {
            sizes[i] = GSM_EXTENSION.indexOf(body.charAt(i)) >= 0 ? 2 : 1;
        }
        return sizes;
    }

    /** The cost of each code point in UTF-16 units; an unpaired surrogate is one unit on its own. */
    private static int[] unitsPerCodePoint(String body) {
        return body.codePoints().map(Character::charCount).toArray();
    }

    private static SmsSegments count(Encoding encoding, int[] sizes, int single, int part) {
        int total = 0;
        for (int size : sizes) {
            total += size;
        }
        if (total == 0) {
            return new SmsSegments(encoding, 0, 0);
        }
        if (total <= single) {
            return new SmsSegments(encoding, total, 1);
        }
        int segments = 1;
        int used = 0;
        for (int size : sizes) {
            if (used + size > part) {
                segments++;
                used = 0;
            }
            used += size;
        }
        return new SmsSegments(encoding, total, segments);
    }
}
