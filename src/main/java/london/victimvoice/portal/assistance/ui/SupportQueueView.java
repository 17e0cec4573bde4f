package london.victimvoice.portal.assistance.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.assistance.AssistanceRequests;
import london.victimvoice.portal.assistance.AssistanceStatus;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.security.Roles;

/**
 * Support workers' queue of adjustment and support requests, oldest first, by status. The list
 * shows nothing about the person: that is only on the request's own page, whose opening is audited.
 */
@Route(value = SupportQueueView.PATH, layout = StaffLayout.class)
@Menu(title = "menu.support", order = 30)
@RolesAllowed(Roles.SUPPORT)
class SupportQueueView extends Div implements HasDynamicTitle {

    static final String PATH = "staff/support";
    static final int PAGE_SIZE = 20;
    private static final String ALL = "ALL";

    private final AssistanceRequests requests;
    private final RadioButtonGroup<String> status = new RadioButtonGroup<>();
    private final Div list = new Div();
    private int page;

    SupportQueueView(AssistanceRequests requests) {
        this.requests = requests;
        var choices = new ArrayList<String>();
        Arrays.stream(AssistanceStatus.values()).forEach(s -> choices.add(s.name()));
        choices.add(ALL);
        status.setLabel(getTranslation("assistance.queue.filter"));
        status.setItems(choices);
        status.setItemLabelGenerator(s -> getTranslation(ALL.equals(s) ? "assistance.queue.filter.all"
                : AssistanceStatus.valueOf(s).labelKey()));
        status.setValue(AssistanceStatus.NEW.name());
        status.setId("support-status");
        status.addValueChangeListener(e -> {
            page = 0;
            showList();
        });
        list.setId("support-queue");
        add(new H1(getTranslation("assistance.queue.heading")), new Paragraph(getTranslation("assistance.queue.intro")),
                status, list);
        showList();
    }

    private void showList() {
        list.removeAll();
        var chosen = status.getValue() == null || ALL.equals(status.getValue()) ? null
                : AssistanceStatus.valueOf(status.getValue());
        var result = requests.queue(chosen, page, PAGE_SIZE);
        if (result.requests().isEmpty()) {
            list.add(new Paragraph(getTranslation("assistance.queue.empty")));
            return;
        }
        var table = new NativeTable();
        table.addClassName("simple");
        table.setCaptionText(getTranslation("assistance.queue.caption"));
        var head = table.getHead().addRow();
        for (var key : List.of("assistance.column.asked", "assistance.column.kind", "assistance.column.forum",
                "assistance.column.meeting", "assistance.column.status", "assistance.column.action")) {
            head.addHeaderCell().getElement().setText(getTranslation(key)).setAttribute("scope", "col");
        }
        for (var request : result.requests()) {
            var row = table.getBody().addRow();
            var asked = When.dayAndTime(this, request.askedAt());
            row.addDataCell().setText(asked);
            row.addDataCell().setText(getTranslation(request.kind().labelKey()));
            row.addDataCell().setText(getTranslation("forum." + request.forumCode() + ".name"));
            row.addDataCell().setText(When.dayAndTime(this, request.meetingStartsAt()));
            row.addDataCell().setText(getTranslation(request.status().labelKey()));
            var open = new Anchor(SupportRequestDetailView.pathOf(request.id()), getTranslation("assistance.queue.open"));
            open.setId("open-" + request.id());
            open.getElement().setAttribute("aria-label", getTranslation("assistance.queue.openNamed",
                    getTranslation(request.kind().labelKey()), asked));
            row.addDataCell().add(open);
        }
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("assistance.queue.caption"));
        list.add(scroll);
        if (page > 0) {
            var previous = new Button(getTranslation("assistance.queue.previous"), e -> {
                page--;
                showList();
            });
            previous.setId("support-previous");
            list.add(previous);
        }
        if (result.more()) {
            var next = new Button(getTranslation("assistance.queue.next"), e -> {
                page++;
                showList();
            });
            next.setId("support-next");
            list.add(next);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "assistance.queue.title");
    }
}
