package london.victimvoice.portal.messaging;

import java.util.Map;

/** Fills a template's placeholders and counts what an SMS will cost. */
final class Rendering {

    private Rendering() {
    }

    static String render(String text, Map<String, String> values) {
        return TemplateText.parse(text).render(values);
    }

    static int segments(String smsBody) {
        return SmsSegments.of(smsBody).segments();
    }
}
