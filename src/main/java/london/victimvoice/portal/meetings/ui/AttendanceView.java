package london.victimvoice.portal.meetings.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumAccessRefused;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.meetings.AttendanceLine;
import london.victimvoice.portal.meetings.AttendanceRefused;
import london.victimvoice.portal.meetings.AttendanceSheet;
import london.victimvoice.portal.meetings.AttendanceStatus;
import london.victimvoice.portal.meetings.MeetingAttendance;
import london.victimvoice.portal.security.Roles;

/**
 * The attendance sheet a coordinator fills in on a phone or tablet during the meeting: one
 * question per member (attended, absent, sent apologies) with large touch targets, saved one by
 * one or all at once, and changeable later. Marks are records only: the member is not told.
 */
@Route(value = AttendanceView.PATH, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class AttendanceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "staff/meetings/:meetingId/attendance";

    private final MeetingAttendance attendance;
    private final ForumManager manager;
    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph caption = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Paragraph closed = new Paragraph();
    private final Div sheet = new Div();
    private final Anchor agenda = new Anchor();
    private final Map<UUID, RadioButtonGroup<AttendanceStatus>> marks = new LinkedHashMap<>();
    private final Map<UUID, String> names = new LinkedHashMap<>();
    private @Nullable UUID meetingId;

    AttendanceView(MeetingAttendance attendance, AuthenticationContext authentication) {
        this.attendance = attendance;
        this.manager = Managers.of(authentication);
        addClassName("attendance-sheet");
        caption.addClassName("caption");
        status.setId("attendance-status");
        status.addClassName("notification");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        closed.setId("attendance-closed");
        closed.setVisible(false);
        agenda.setText(getTranslation("attendance.agendaLink"));
        agenda.setId("attendance-agenda-link");
        add(errors, caption, new H1(getTranslation("attendance.heading")), status, closed, sheet, new Paragraph(agenda));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = MeetingIds.from(event).orElse(null);
        if (meetingId == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            show(attendance.sheet(manager, meetingId));
        } catch (AttendanceRefused notFound) {
            event.rerouteToError(NotFoundException.class);
        } catch (ForumAccessRefused refused) {
            closed.setText(getTranslation(ForumAccessRefused.MESSAGE_KEY));
            closed.setVisible(true);
            agenda.setVisible(false);
        }
    }

    private void show(AttendanceSheet page) {
        caption.setText(getTranslation("attendance.caption", LondonTimes.dayWithYearAndTime(page.meeting().startsAt()),
                getTranslation("forum." + page.meeting().forumCode() + ".name")));
        agenda.setHref("staff/meetings/" + page.meeting().id() + "/agenda");
        sheet.removeAll();
        marks.clear();
        names.clear();
        if (!page.open()) {
            closed.setText(page.meeting().cancelled() ? getTranslation("attendance.cancelled")
                    : getTranslation("attendance.notYet", LondonTimes.dayWithYearAndTime(page.opensAt())));
            closed.setVisible(true);
            return;
        }
        closed.setVisible(false);
        if (page.lines().isEmpty()) {
            sheet.add(new Paragraph(getTranslation("attendance.noMembers")));
            return;
        }
        sheet.add(new Paragraph(getTranslation("attendance.intro")));
        page.lines().forEach(line -> sheet.add(row(line)));
        var saveAll = new Button(getTranslation("attendance.saveAll"), e -> save(marks.keySet()));
        saveAll.setId("attendance-save-all");
        saveAll.addClassName("button-primary");
        var actions = new Div(saveAll);
        actions.addClassName("form-actions");
        sheet.add(actions);
    }

    private Div row(AttendanceLine line) {
        var choice = new RadioButtonGroup<AttendanceStatus>();
        choice.setId("attendance-" + line.participantId());
        choice.setLabel(getTranslation("attendance.member", line.chosenName()));
        choice.setItems(Arrays.asList(AttendanceStatus.values()));
        choice.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        if (line.status() != null) {
            choice.setValue(line.status());
        }
        marks.put(line.participantId(), choice);
        names.put(line.participantId(), line.chosenName());
        var save = new Button(getTranslation("attendance.save"), e -> save(List.of(line.participantId())));
        save.setId("attendance-save-" + line.participantId());
        save.setAriaLabel(getTranslation("attendance.saveNamed", line.chosenName()));
        var row = new Div(choice, save);
        row.addClassName("attendance-row");
        return row;
    }

    private void save(Collection<UUID> who) {
        errors.clear();
        var given = new LinkedHashMap<UUID, AttendanceStatus>();
        for (var id : who) {
            var value = marks.get(id).getValue();
            if (value != null) {
                given.put(id, value);
            } else if (who.size() == 1) {
                errors.add(marks.get(id), getTranslation("attendance.error.choose", names.get(id)));
            }
        }
        if (!errors.hasErrors() && given.isEmpty()) {
            errors.add(marks.values().iterator().next(), getTranslation("attendance.error.chooseAny"));
        }
        if (errors.hasErrors()) {
            showErrors();
            return;
        }
        try {
            var changed = attendance.record(manager, meeting(), given);
            status.setText(getTranslation("attendance.saved", changed));
            status.setVisible(true);
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        } catch (AttendanceRefused refused) {
            errors.add(getTranslation(refused.messageKey()));
            showErrors();
        } catch (ForumAccessRefused refused) {
            errors.add(getTranslation(ForumAccessRefused.MESSAGE_KEY));
            showErrors();
        }
    }

    private void showErrors() {
        status.setVisible(false);
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private UUID meeting() {
        if (meetingId == null) {
            throw new IllegalStateException("No meeting");
        }
        return meetingId;
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "attendance.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
