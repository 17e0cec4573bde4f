package london.victimvoice.portal.messaging.ui;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.messaging.LoggedMessage;
import london.victimvoice.portal.messaging.Outbox;
import london.victimvoice.portal.security.Roles;

/**
 * The newest messages to participants: which template and version, how, where each stands and
 * when. No phone number, address or message text (a message may hold a name), and a reference
 * made from the message's own id instead of the participant's. "Needs review" shows the sends
 * that could not be settled, so a coordinator can check them with the provider.
 */
@Route(value = MessageLogView.PATH, layout = StaffLayout.class)
@Menu(title = "menu.messageLog", order = 45)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class MessageLogView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "staff/messages";
    static final int SHOWN = 200;
    /** Reasons with their own words; any other (a provider's error code) is shown as it is. */
    static final Set<String> REASONS = Set.of("no-contact", "no-safe-channel", "opted-out", "no-safe-time",
            "would-arrive-late", "channel-no-longer-safe", "retries-exhausted", "unsettled-needs-review",
            "invalid-message", "send-stopped", "refused");
    private static final String CAPTION_ID = "message-log-caption";

    private final Outbox outbox;
    private final Div content = new Div();

    MessageLogView(Outbox outbox) {
        this.outbox = outbox;
        addClassName("message-log");
        add(new H1(getTranslation("messaging.log.heading")),
                new Paragraph(getTranslation("messaging.log.intro", SHOWN)), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var reviewOnly = event.getLocation().getQueryParameters().getSingleParameter("show")
                .filter("review"::equals).isPresent();
        content.removeAll();
        content.add(filter(reviewOnly));
        var messages = outbox.latest(SHOWN, reviewOnly);
        if (messages.isEmpty()) {
            var empty = new Paragraph(getTranslation(reviewOnly ? "messaging.log.emptyReview" : "messaging.log.empty"));
            empty.setId("message-log-empty");
            content.add(empty);
        } else {
            content.add(table(messages));
        }
    }

    private Nav filter(boolean reviewOnly) {
        var all = new Anchor(PATH, getTranslation("messaging.log.filter.all"));
        all.setId("message-log-all");
        var review = new Anchor(PATH + "?show=review", getTranslation("messaging.log.filter.review"));
        review.setId("message-log-review");
        (reviewOnly ? review : all).getElement().setAttribute("aria-current", "page");
        var nav = new Nav(new UnorderedList(new ListItem(all), new ListItem(review)));
        nav.addClassName("filter-links");
        nav.getElement().setAttribute("aria-label", getTranslation("messaging.log.filter.label"));
        return nav;
    }

    private Div table(List<LoggedMessage> messages) {
        var table = new NativeTable();
        table.setId("message-log-table");
        table.addClassName("simple");
        table.setCaptionText(getTranslation("messaging.log.caption"));
        table.getCaption().setId(CAPTION_ID);
        table.getCaption().getStyle().set("text-align", "start");
        var head = table.getHead().addRow();
        for (var key : List.of("reference", "template", "channel", "status", "queued", "sent", "finished",
                "attempts")) {
            head.addHeaderCell().getElement().setText(getTranslation("messaging.log.column." + key))
                    .setAttribute("scope", "col");
        }
        for (var message : messages) {
            var row = table.getBody().addRow();
            row.addDataCell().setText(getTranslation("messaging.log.reference", reference(message)));
            row.addDataCell().setText(getTranslation("messaging.log.template",
                    TemplateWords.name(this, message.templateId()), message.templateVersion()));
            row.addDataCell().setText(getTranslation("messaging.channel." + message.channel().name()));
            row.addDataCell().setText(status(message));
            time(row, message.createdAt());
            time(row, message.sentAt());
            time(row, message.finishedAt());
            row.addDataCell().setText(getTranslation("messaging.log.attemptCount", message.attempts()));
        }
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-labelledby", CAPTION_ID);
        return scroll;
    }

    /** The start of the message's own id: enough to find it again, nothing about the person. */
    static String reference(LoggedMessage message) {
        return message.id().toString().substring(0, 8);
    }

    private String status(LoggedMessage message) {
        var status = getTranslation(message.status().labelKey());
        var reason = message.reason();
        if (reason != null && !reason.isBlank()) {
            var words = REASONS.contains(reason) ? getTranslation("messaging.reason." + reason)
                    : getTranslation("messaging.reason.other", reason);
            status = getTranslation("messaging.log.statusWithReason", status, words);
        }
        if (message.needsReview()) {
            status = getTranslation("messaging.log.needsReview", status);
        }
        if (message.dryRun()) {
            status = getTranslation("messaging.log.dryRun", status);
        }
        return status;
    }

    private void time(NativeTableRow row, @Nullable Instant at) {
        var cell = row.addDataCell();
        if (at == null) {
            cell.setText(getTranslation("messaging.log.notYet"));
        } else {
            cell.getElement().appendChild(TemplateWords.time(this, at));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "messaging.log.title");
    }
}
