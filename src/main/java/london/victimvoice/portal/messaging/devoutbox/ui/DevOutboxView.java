package london.victimvoice.portal.messaging.devoutbox.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.messaging.Outbox;
import london.victimvoice.portal.messaging.OutboxStatus;
import london.victimvoice.portal.messaging.SmsReplies;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.messaging.devoutbox.DevOutboxEntry;
import london.victimvoice.portal.security.Roles;

/**
 * What the portal would have sent, newest first. A plain HTML table rather than a Grid: it is
 * read, not worked in, and a native table reflows and reads better with a screen reader.
 */
@Route(value = "staff/dev-outbox", layout = StaffLayout.class, registerAtStartup = false)
@Menu(title = "menu.devOutbox", order = 90)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class DevOutboxView extends Div implements HasDynamicTitle {

    private static final int SHOWN = 50;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String TIME_PATTERN = "d MMM yyyy, HH:mm:ss";
    private static final String CAPTION_ID = "dev-outbox-caption";

    private final DevOutbox outbox;
    private final Outbox delivery;
    private final Div list = new Div();
    private final Paragraph receiptStatus = new Paragraph();

    DevOutboxView(DevOutbox outbox, Outbox delivery, SmsReplies replies) {
        this.outbox = outbox;
        this.delivery = delivery;
        addClassName("dev-outbox");
        receiptStatus.setId("receipt-status");
        receiptStatus.getElement().setAttribute("role", "status");
        receiptStatus.addClassName("form-status");
        add(new H1(getTranslation("devOutbox.heading")),
                new Paragraph(getTranslation("devOutbox.intro", SHOWN)),
                new DevOutboxSimulator(replies, outbox, this::showList), receiptStatus, list);
        showList();
    }

    private void showList() {
        list.removeAll();
        var entries = outbox.latest(SHOWN);
        if (entries.isEmpty()) {
            var empty = new Paragraph(getTranslation("devOutbox.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        } else {
            list.add(scrollable(table(entries)));
        }
    }

    /** "Simulate a delivery receipt", as Twilio's status callback would report it. */
    private Div receipts(DevOutboxEntry entry, String when) {
        var actions = new Div();
        actions.addClassName("button-group");
        if (entry.reference() == null) {
            return actions;
        }
        for (var status : List.of(OutboxStatus.DELIVERED, OutboxStatus.TEMPORARY_FAILURE,
                OutboxStatus.PERMANENT_FAILURE)) {
            var button = new Button(getTranslation("devOutbox.receipt." + status.name()), e -> {
                var changed = delivery.recordReport(entry.reference(), null, status, "simulated");
                receiptStatus.setText(getTranslation(changed ? "devOutbox.receipt.recorded"
                        : "devOutbox.receipt.unchanged", getTranslation(status.labelKey()), when));
            });
            button.setId("receipt-" + status.code() + "-" + entry.id());
            button.getElement().setAttribute("aria-label",
                    getTranslation("devOutbox.receipt.label", getTranslation("devOutbox.receipt." + status.name()), when));
            actions.add(button);
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "devOutbox.title");
    }

    private NativeTable table(List<DevOutboxEntry> entries) {
        var table = new NativeTable();
        table.addClassName("simple");
        table.setCaptionText(getTranslation("devOutbox.caption"));
        var caption = table.getCaption();
        caption.setId(CAPTION_ID);
        // Centred, it would sit off-screen in a narrow scrolled table.
        caption.getStyle().set("text-align", "start");
        var head = table.getHead().addRow();
        for (var text : List.of(getTranslation("devOutbox.column.time"), getTranslation("devOutbox.column.channel"),
                getTranslation("devOutbox.column.to"), getTranslation("devOutbox.column.subject"),
                getTranslation("devOutbox.column.body"), getTranslation("devOutbox.column.receipt"))) {
            head.addHeaderCell().getElement().setText(text).setAttribute("scope", "col");
        }
        // 24-hour London time whatever the browser's language, as staff in London read it.
        var timeFormat = DateTimeFormatter.ofPattern(TIME_PATTERN, getLocale()).withZone(LONDON);
        var rows = table.getBody();
        for (var entry : entries) {
            var row = rows.addRow();
            var time = new Element("time").setText(timeFormat.format(entry.createdAt()))
                    .setAttribute("datetime", entry.createdAt().toString());
            row.addDataCell().getElement().appendChild(time);
            text(row, switch (entry.channel()) {
                case SMS -> getTranslation("devOutbox.channel.sms");
                case EMAIL -> getTranslation("devOutbox.channel.email");
            });
            text(row, entry.recipient());
            text(row, entry.subject() == null ? "" : entry.subject());
            // Keeps the line breaks of the message as the recipient would see them.
            text(row, entry.body()).getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            row.addDataCell().add(receipts(entry, timeFormat.format(entry.createdAt())));
        }
        return table;
    }

    private static NativeTableCell text(NativeTableRow row, String text) {
        var cell = row.addDataCell();
        cell.setText(text);
        return cell;
    }

    /** A scrollable region must be reachable by keyboard and named, or narrow screens lose columns. */
    private static Div scrollable(NativeTable table) {
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-labelledby", CAPTION_ID);
        return scroll;
    }
}
