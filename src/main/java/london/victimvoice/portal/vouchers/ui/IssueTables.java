package london.victimvoice.portal.vouchers.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;

/** Tables on the voucher issue pages. */
final class IssueTables {

    private IssueTables() {
    }

    /**
     * A table that scrolls on its own at narrow widths, named by its caption, after the elements
     * given first (a meeting's heading: two meetings' captions can read the same, and two scrolling
     * regions with one name cannot be told apart).
     */
    static Div scrolling(NativeTable table, String captionId, String... namedFirstBy) {
        table.getCaption().setId(captionId);
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-labelledby",
                String.join(" ", namedFirstBy).concat(namedFirstBy.length == 0 ? "" : " ") + captionId);
        return scroll;
    }
}
