package london.victimvoice.portal.messaging.ui;

import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import london.victimvoice.portal.messaging.OutgoingMessage;
import london.victimvoice.portal.messaging.TemplatePart;

/** One email of a template: subject and body, previewed with example values as they are typed. */
class EmailText extends Div {

    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final Paragraph previewSubject = new Paragraph();
    private final Div previewBody = new Div();
    private final Set<String> allowed;
    private final Map<String, String> examples;

    EmailText(TemplatePart subjectPart, TemplatePart bodyPart, String hint, Set<String> allowed,
            Map<String, String> examples) {
        this.allowed = allowed;
        this.examples = examples;
        addClassName("template-part");
        subject.setId(TemplateEditorView.fieldId(subjectPart));
        subject.setLabel(getTranslation("messaging.templates.field." + subjectPart.name()));
        subject.setHelperText(getTranslation("messaging.templates.subjectHint", OutgoingMessage.SUBJECT_MAX_LENGTH));
        subject.setWidthFull();
        body.setId(TemplateEditorView.fieldId(bodyPart));
        body.setLabel(getTranslation("messaging.templates.field." + bodyPart.name()));
        body.setHelperText(hint);
        body.setWidthFull();
        for (var field : java.util.List.of(subject, body)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(SmsText.PAUSE_MS);
        }
        subject.addValueChangeListener(e -> refresh());
        body.addValueChangeListener(e -> refresh());
        var preview = new Div(previewSubject, previewBody);
        preview.setId(TemplateEditorView.fieldId(bodyPart) + "-preview");
        preview.addClassName("template-preview");
        previewSubject.addClassName("template-preview__subject");
        add(subject, body, new H3(getTranslation("messaging.templates.preview", getTranslation(bodyPart.labelKey()))),
                preview);
    }

    TextField subject() {
        return subject;
    }

    TextArea body() {
        return body;
    }

    void setValues(String subjectText, String bodyText) {
        subject.setValue(subjectText);
        body.setValue(bodyText);
        refresh();
    }

    void setReadOnly(boolean readOnly) {
        subject.setReadOnly(readOnly);
        body.setReadOnly(readOnly);
    }

    private void refresh() {
        previewSubject.setText(getTranslation("messaging.templates.previewSubject",
                TemplateWords.preview(subject.getValue().strip(), allowed, examples)));
        previewBody.setText(getTranslation("messaging.templates.previewText",
                TemplateWords.preview(body.getValue(), allowed, examples)));
    }
}
