package london.victimvoice.portal.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The GOV.UK error summary: "There is a problem" at the top of the page, one link per error
 * that moves focus to the field, and the same message shown at the field itself. It takes
 * focus when shown, so screen reader users hear the errors at once.
 */
public class ErrorSummary extends Div {

    private final UnorderedList list = new UnorderedList();
    private final Map<Component, String> errors = new LinkedHashMap<>();

    public ErrorSummary() {
        addClassName("error-summary");
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("role", "alert");
        var heading = new H2(getTranslation("form.errorSummary.heading"));
        heading.addClassName("error-summary__title");
        add(heading, list);
        setVisible(false);
    }

    /** Forgets earlier errors and clears the fields' error state. */
    public void clear() {
        errors.keySet().forEach(field -> {
            if (field instanceof HasValidation validation) {
                validation.setInvalid(false);
                validation.setErrorMessage(null);
            }
        });
        errors.clear();
        list.removeAll();
        setVisible(false);
    }

    /** Adds an error for a field; the field shows the same message. */
    public <F extends Component & HasValidation> void add(F field, String message) {
        errors.put(field, message);
        field.setErrorMessage(message);
        field.setInvalid(true);
        list.add(new ListItem(link(field, message)));
    }

    private static Anchor link(Component field, String message) {
        var link = new Anchor("#" + field.getId().orElse(""), message);
        link.getElement().setAttribute("router-ignore", true);
        // Without preventDefault the browser follows the fragment, the router treats that as a
        // navigation and rebuilds the page, so the field never gets focus and the errors go.
        link.getElement().addEventListener("click", e -> focus(field)).addEventData("event.preventDefault()");
        return link;
    }

    /**
     * Adds an error for a part of the page that shows the error itself and has no error state
     * Flow can set, such as Vaadin's sign-in form: the link moves focus to its first input.
     */
    public void addAt(Component part, String message) {
        errors.put(part, message);
        list.add(new ListItem(link(part, message)));
    }

    /** Adds an error that belongs to no single field, such as a refused request. */
    public void add(String message) {
        errors.put(new ListItem(message), message);
        list.add(new ListItem(message));
    }

    private static void focus(Component field) {
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            // Groups of radios or checkboxes, and forms: focus their first input.
            field.getElement().executeJs("const i = this.querySelector('input:not([type=hidden])'); (i || this).focus()");
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Shows the summary and moves focus to it. */
    public void show() {
        setVisible(hasErrors());
        if (hasErrors()) {
            // On a page's first render (a sign-in refused comes back as a new page) Flow builds
            // the view in a hidden container and shows it a moment later; focus() on something
            // not shown does nothing, so wait until the summary is shown, for up to 2 s.
            getElement().executeJs("""
                    const summary = this;
                    let frames = 120;
                    const show = () => {
                      if (summary.offsetParent === null && frames-- > 0) { requestAnimationFrame(show); return; }
                      // The summary sits at the top of the page. Scrolling it to the very top put
                      // it, and the header, under the sticky "Exit this page" bar; the page's own
                      // top shows it whole with nothing covered.
                      summary.focus({preventScroll: true});
                      window.scrollTo(0, 0);
                    };
                    show();
                    """);
        }
    }
}
