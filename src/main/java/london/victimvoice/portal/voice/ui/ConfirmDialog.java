package london.victimvoice.portal.voice.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.HtmlContainer;

/**
 * A browser's own modal {@code <dialog>}: it traps focus, Escape closes it and screen readers
 * announce it as a dialog, with no dialog component to download. The question states what will
 * happen, with the numbers; only the confirm button acts.
 */
@Tag("dialog")
class ConfirmDialog extends HtmlContainer {

    private final H2 heading = new H2();
    private final Paragraph body = new Paragraph();
    final Button confirm = new Button();
    final Button back = new Button();

    ConfirmDialog(String idPrefix) {
        setId(idPrefix + "-dialog");
        addClassName("confirm-dialog");
        heading.setId(idPrefix + "-dialog-heading");
        body.setId(idPrefix + "-dialog-body");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        getElement().setAttribute("aria-describedby", body.getId().orElseThrow());
        confirm.setId(idPrefix + "-confirm");
        confirm.addClassName("button-primary");
        back.setId(idPrefix + "-back");
        back.addClickListener(e -> close());
        var buttons = new Div(confirm, back);
        buttons.addClassName("button-group");
        add(heading, body, buttons);
    }

    void ask(String question, String details, String confirmText, String backText) {
        heading.setText(question);
        body.setText(details);
        confirm.setText(confirmText);
        back.setText(backText);
        getElement().setAttribute("data-open", true);
        getElement().executeJs("if (!this.open) this.showModal()");
    }

    void close() {
        getElement().removeAttribute("data-open");
        getElement().executeJs("if (this.open) this.close()");
    }

    boolean isAsking() {
        return getElement().hasAttribute("data-open");
    }

    String question() {
        return heading.getText();
    }

    String details() {
        return body.getText();
    }
}
