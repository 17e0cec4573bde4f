package london.victimvoice.portal.participants.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;

/** Reads what the error summary lists, out of all the list items a page shows (the footer has some too). */
final class ErrorSummaryText {

    private ErrorSummaryText() {
    }

    static List<String> of(List<ListItem> items) {
        return items.stream()
                .filter(li -> li.getParent().flatMap(list -> list.getParent())
                        .filter(summary -> summary.getElement().getClassList().contains("error-summary")).isPresent())
                .map(li -> li.getElement().getTextRecursively()).toList();
    }
}
