package london.victimvoice.portal.messaging.ui;

import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import london.victimvoice.portal.messaging.SmsSegments;
import london.victimvoice.portal.messaging.TemplatePart;

/**
 * One text message of a template: the text, and as it is typed, the preview with example values,
 * its length, its encoding and how many messages it will be sent as, with a warning above two.
 */
class SmsText extends Div {

    /** How long typing must pause before the preview and count follow. */
    static final int PAUSE_MS = 300;

    private final TextArea text = new TextArea();
    private final Paragraph count = new Paragraph();
    private final Paragraph warning = new Paragraph();
    private final Div preview = new Div();
    private final Set<String> allowed;
    private final Map<String, String> examples;

    SmsText(TemplatePart part, String hint, Set<String> allowed, Map<String, String> examples) {
        this.allowed = allowed;
        this.examples = examples;
        addClassName("template-part");
        var id = TemplateEditorView.fieldId(part);
        text.setId(id);
        text.setLabel(getTranslation("messaging.templates.field." + part.name()));
        text.setHelperText(hint);
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(PAUSE_MS);
        text.addValueChangeListener(e -> refresh());
        count.setId(id + "-count");
        count.addClassName("hint");
        // Read out when typing pauses, as GOV.UK's character count does.
        count.getElement().setAttribute("aria-live", "polite");
        warning.setId(id + "-warning");
        warning.addClassName("warning-text");
        warning.setVisible(false);
        preview.setId(id + "-preview");
        preview.addClassName("template-preview");
        var previewHeading = new H3(getTranslation("messaging.templates.preview", getTranslation(part.labelKey())));
        add(text, count, warning, previewHeading, preview);
    }

    TextArea field() {
        return text;
    }

    void setValue(String value) {
        text.setValue(value);
        refresh();
    }

    String getValue() {
        return text.getValue();
    }

    void setReadOnly(boolean readOnly) {
        text.setReadOnly(readOnly);
    }

    private void refresh() {
        var shown = TemplateWords.preview(text.getValue(), allowed, examples);
        preview.setText(getTranslation("messaging.templates.previewText", shown));
        var sms = SmsSegments.of(shown);
        if (sms.segments() == 0) {
            count.setText(getTranslation("messaging.templates.count.empty"));
        } else {
            count.setText(getTranslation(sms.encoding() == SmsSegments.Encoding.GSM_7 ? "messaging.templates.count.gsm"
                    : "messaging.templates.count.unicode", sms.characters(), sms.segments()));
        }
        warning.removeAll();
        if (sms.aboveWarning()) {
            var icon = new Span(getTranslation("messaging.templates.warningIcon"));
            icon.addClassName("warning-text__icon");
            icon.getElement().setAttribute("aria-hidden", "true");
            var hidden = new Span(getTranslation("messaging.templates.warningHidden"));
            hidden.addClassName("visually-hidden");
            var words = new Span(getTranslation("messaging.templates.warning.segments", sms.segments()));
            warning.add(icon, hidden, words);
        }
        warning.setVisible(sms.aboveWarning());
    }
}
