package london.victimvoice.portal.voice.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

import london.victimvoice.portal.voice.RedactionSpan;

/**
 * An answer's words with the redaction suggestions marked: built from text nodes and
 * {@code <mark>} elements, never from HTML, so whatever a person typed (a {@code <script>} tag
 * included) is shown as the characters they typed. Each mark ends with words only screen readers
 * hear, e.g. "(possible phone number)".
 */
final class HighlightedText {

    private HighlightedText() {
    }

    static Paragraph of(Component translator, String text, List<RedactionSpan> spans) {
        var paragraph = new Paragraph();
        paragraph.addClassName("voice-answer-text");
        var element = paragraph.getElement();
        var at = 0;
        for (var span : spans) {
            if (span.start() < at || span.end() > text.length()) {
                continue;
            }
            if (span.start() > at) {
                element.appendChild(Element.createText(text.substring(at, span.start())));
            }
            var mark = new Element("mark");
            mark.appendChild(Element.createText(span.of(text)));
            var label = new Element("span");
            label.getClassList().add("visually-hidden");
            label.setText(" " + translator.getTranslation("voice.moderation.possible",
                    translator.getTranslation(span.kind().labelKey())));
            mark.appendChild(label);
            element.appendChild(mark);
            at = span.end();
        }
        if (at < text.length()) {
            element.appendChild(Element.createText(text.substring(at)));
        }
        return paragraph;
    }
}
