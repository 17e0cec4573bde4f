package london.victimvoice.portal.meetings.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.meetings.ForumMeetings;
import london.victimvoice.portal.meetings.MeetingDetails;
import london.victimvoice.portal.meetings.MeetingPlanner;
import london.victimvoice.portal.security.Roles;

/** The forums a coordinator looks after, each with its meetings that have not finished. */
@Route(value = StaffMeetingsView.PATH, layout = StaffLayout.class)
@Menu(title = "menu.meetings", order = 30)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class StaffMeetingsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "staff/meetings";
    static final String CREATED = "created";

    private final MeetingPlanner planner;
    private final ForumManager manager;
    private final Paragraph status = new Paragraph();
    private final Div forums = new Div();

    StaffMeetingsView(MeetingPlanner planner, AuthenticationContext authentication) {
        this.planner = planner;
        this.manager = Managers.of(authentication);
        status.setId("meetings-status");
        status.addClassName("notification");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        add(status, new H1(getTranslation("meetings.staff.heading")), forums);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var created = event.getLocation().getQueryParameters().getSingleParameter(CREATED);
        created.filter(n -> n.matches("\\d{1,3}")).ifPresent(n -> {
            status.setText(getTranslation("meetings.staff.created", Integer.parseInt(n)));
            status.setVisible(true);
        });
        show();
    }

    private void show() {
        forums.removeAll();
        var mine = planner.upcoming(manager);
        if (mine.isEmpty()) {
            var none = new Paragraph(getTranslation("meetings.staff.none"));
            none.setId("meetings-none");
            forums.add(none);
            return;
        }
        var schedule = new Anchor(NewSeriesView.PATH, getTranslation("meetings.staff.schedule"));
        schedule.setId("schedule-meetings");
        schedule.addClassName("button-primary");
        forums.add(new Paragraph(schedule));
        mine.forEach(this::showForum);
    }

    private void showForum(ForumMeetings forum) {
        var name = getTranslation("forum." + forum.forumCode() + ".name");
        forums.add(new H2(name));
        if (forum.meetings().isEmpty()) {
            forums.add(new Paragraph(getTranslation("meetings.staff.noMeetings")));
            return;
        }
        var table = new NativeTable();
        table.addClassName("simple");
        table.setId("meetings-" + forum.forumCode());
        table.setCaptionText(getTranslation("meetings.staff.caption", name));
        var head = table.getHead().addRow();
        for (var key : new String[] {"meetings.staff.column.when", "meetings.staff.column.status",
                "meetings.staff.column.answers", "meetings.staff.column.links"}) {
            head.addHeaderCell().getElement().setText(getTranslation(key)).setAttribute("scope", "col");
        }
        for (var meeting : forum.meetings()) {
            var row = table.getBody().addRow();
            var when = when(meeting);
            row.addDataCell().setText(when);
            row.addDataCell().setText(getTranslation("meetings.status." + meeting.status().name()));
            row.addDataCell().setText(getTranslation("meetings.staff.answers", meeting.coming(), meeting.notSure(),
                    meeting.notComing()));
            var links = new Div(link(meeting, "", "meetings.staff.edit", "edit", when),
                    link(meeting, "/agenda", "meetings.staff.agenda", "agenda", when),
                    link(meeting, "/attendance", "meetings.staff.attendance", "attendance", when));
            links.addClassName("link-list");
            row.addDataCell().add(links);
        }
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("meetings.staff.caption", name));
        forums.add(scroll);
    }

    private Anchor link(MeetingDetails meeting, String suffix, String textKey, String idPart, String when) {
        var link = new Anchor(PATH + "/" + meeting.id() + suffix, "");
        link.add(new Span(getTranslation(textKey)));
        var hidden = new Span(" " + when);
        hidden.addClassName("visually-hidden");
        link.add(hidden);
        link.setId(idPart + "-" + meeting.id());
        return link;
    }

    private String when(MeetingDetails meeting) {
        return getTranslation("meetings.when", LondonTimes.day(meeting.startsAt()),
                LondonTimes.time(meeting.startsAt()), LondonTimes.time(meeting.endsAt()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "meetings.staff.title");
    }
}
