package london.victimvoice.portal.participants.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * A GOV.UK summary list: a key, a value, and optionally an action such as "Change", whose link
 * text names the row for screen-reader users ("Change Name"), as link text must make sense alone.
 */
class SummaryList extends DescriptionList {

    SummaryList() {
        addClassName("summary-list");
    }

    /** A row whose action is a link to where the answer can be changed. */
    void row(String key, String value, String changeHref, String actionText) {
        var change = new Anchor(changeHref, "");
        change.add(new Span(actionText));
        var hidden = new Span(" " + key);
        hidden.addClassName("visually-hidden");
        change.add(hidden);
        row(key, value, change);
    }

    /** A row with any action (or none), such as a button. */
    void row(String key, String value, @Nullable Component action) {
        var term = new Term(key);
        term.addClassName("summary-list__key");
        var description = new Description(value);
        description.addClassName("summary-list__value");
        var row = new Div(term, description);
        if (action != null) {
            var actions = new Description(action);
            actions.addClassName("summary-list__actions");
            row.add(actions);
        }
        row.addClassName("summary-list__row");
        add(row);
    }
}
