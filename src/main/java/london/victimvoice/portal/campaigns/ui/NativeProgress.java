package london.victimvoice.portal.campaigns.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;

/**
 * The browser's own {@code <progress>}: an implicit progressbar role whose value and maximum
 * assistive technology reads, with no script.
 */
@Tag("progress")
class NativeProgress extends HtmlComponent {

    void set(int value, int max) {
        getElement().setAttribute("max", Integer.toString(Math.max(1, max)));
        getElement().setAttribute("value", Integer.toString(Math.min(value, Math.max(1, max))));
    }

    String value() {
        return getElement().getAttribute("value");
    }

    String max() {
        return getElement().getAttribute("max");
    }
}
