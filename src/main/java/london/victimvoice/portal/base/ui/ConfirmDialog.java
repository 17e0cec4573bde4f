package london.victimvoice.portal.base.ui;

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
public class ConfirmDialog extends HtmlContainer {

    private final H2 heading = new H2();
    private final Paragraph body = new Paragraph();
    private final Button confirm = new Button();
    private final Button back = new Button();

    /** Ids: {@code <idPrefix>-dialog}, {@code -dialog-heading}, {@code -dialog-body}, {@code -confirm}, {@code -back}. */
    public ConfirmDialog(String idPrefix) {
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

    public void ask(String question, String details, String confirmText, String backText) {
        heading.setText(question);
        body.setText(details);
        confirm.setText(confirmText);
        back.setText(backText);
        getElement().setAttribute("data-open", true);
        getElement().executeJs("if (!this.open) this.showModal()");
    }

    /** The button that acts; the caller adds what it does. */
    public Button confirmButton() {
        return confirm;
    }

    public Button backButton() {
        return back;
    }

    public void close() {
        getElement().removeAttribute("data-open");
        getElement().executeJs("if (this.open) this.close()");
    }

    public boolean isAsking() {
        return getElement().hasAttribute("data-open");
    }

    public String question() {
        return heading.getText();
    }

    public String details() {
        return body.getText();
    }
}
