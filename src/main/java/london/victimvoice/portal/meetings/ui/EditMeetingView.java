package london.victimvoice.portal.meetings.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import london.victimvoice.portal.meetings.MeetingChange;
import london.victimvoice.portal.meetings.MeetingDetails;
import london.victimvoice.portal.meetings.MeetingPlanner;
import london.victimvoice.portal.meetings.MeetingRefused;
import london.victimvoice.portal.security.Roles;

/**
 * A coordinator moves one meeting, changes where it is, its capacity or notes, or cancels it
 * (after an "are you sure?"). The version opened travels with the change, so if another
 * coordinator saved first, this one is told instead of overwriting them.
 */
@Route(value = "staff/meetings/:" + MeetingIds.PARAMETER, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class EditMeetingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingPlanner planner;
    private final ForumManager manager;
    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph status = new Paragraph();
    private final H1 heading = new H1();
    private final Div body = new Div();
    private final MeetingFields fields = new MeetingFields("meeting", "meetings.form.date");
    private final Div confirmCancel = new Div();
    private @Nullable MeetingDetails meeting;

    EditMeetingView(MeetingPlanner planner, AuthenticationContext authentication) {
        this.planner = planner;
        this.manager = Managers.of(authentication);
        status.setId("meeting-status");
        status.addClassName("notification");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        confirmCancel.addClassName("confirm-panel");
        confirmCancel.setVisible(false);
        var back = new Anchor(StaffMeetingsView.PATH, getTranslation("meetings.edit.back"));
        back.addClassName("back-link");
        add(back, errors, status, heading, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = MeetingIds.from(event);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            var found = planner.forEditing(manager, id.get());
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            show(found.get());
        } catch (ForumAccessRefused refused) {
            heading.setText(getTranslation("meetings.edit.title"));
            var message = new Paragraph(getTranslation(ForumAccessRefused.MESSAGE_KEY));
            message.setId("meeting-refused");
            body.add(message);
        }
    }

    private void show(MeetingDetails shown) {
        meeting = shown;
        body.removeAll();
        heading.setText(getTranslation("meetings.edit.heading", LondonTimes.day(shown.startsAt())));
        if (shown.cancelled()) {
            var cancelled = new Paragraph(getTranslation("meetings.edit.isCancelled"));
            cancelled.setId("meeting-cancelled");
            body.add(cancelled);
            return;
        }
        fields.fill(shown);
        var save = new Button(getTranslation("meetings.edit.save"), e -> save());
        save.setId("meeting-save");
        save.addClassName("button-primary");
        var cancel = new Button(getTranslation("meetings.edit.cancel"), e -> askToCancel());
        cancel.setId("meeting-cancel");
        cancel.addClassName("button-warning");
        var actions = new Div(save, cancel);
        actions.addClassName("button-group");
        body.add(fields, actions, confirmCancel);
    }

    private void save() {
        var current = meeting;
        if (current == null) {
            return;
        }
        errors.clear();
        status.setVisible(false);
        var date = fields.date(errors);
        var start = fields.startTime(errors);
        var end = fields.endTime(errors);
        var capacity = fields.number(fields.capacity, errors);
        if (errors.hasErrors() || date == null || start == null || end == null || capacity == null) {
            showErrors();
            return;
        }
        try {
            var saved = planner.change(manager, current.id(), new MeetingChange(date, start, end, fields.place(),
                    capacity, fields.notes.getValue(), current.version()));
            var moved = !saved.startsAt().equals(current.startsAt()) || !saved.endsAt().equals(current.endsAt());
            show(saved);
            say(moved ? getTranslation("meetings.edit.savedAndTold", saved.coming() + saved.notSure())
                    : getTranslation("meetings.edit.saved"));
        } catch (MeetingRefused refused) {
            refuse(refused);
        } catch (ForumAccessRefused refused) {
            errors.add(getTranslation(ForumAccessRefused.MESSAGE_KEY));
            showErrors();
        }
    }

    private void askToCancel() {
        var current = meeting;
        if (current == null) {
            return;
        }
        confirmCancel.removeAll();
        var question = new H2(getTranslation("meetings.edit.cancelHeading", LondonTimes.day(current.startsAt())));
        question.setId("confirm-cancel-heading");
        question.getElement().setAttribute("tabindex", "-1");
        var yes = new Button(getTranslation("meetings.edit.cancelYes"), e -> cancel(current.id()));
        yes.setId("meeting-cancel-confirm");
        yes.addClassName("button-warning");
        var no = new Button(getTranslation("meetings.edit.cancelNo"), e -> confirmCancel.setVisible(false));
        no.setId("meeting-cancel-keep");
        var buttons = new Div(yes, no);
        buttons.addClassName("button-group");
        confirmCancel.add(question, new Paragraph(getTranslation("meetings.edit.cancelBody")), buttons);
        confirmCancel.setVisible(true);
        question.getElement().callJsFunction("focus");
    }

    private void cancel(UUID meetingId) {
        var current = meeting;
        confirmCancel.setVisible(false);
        errors.clear();
        if (current == null) {
            return;
        }
        try {
            var cancelled = planner.cancel(manager, meetingId, current.version());
            show(cancelled);
            say(getTranslation("meetings.edit.cancelled", cancelled.coming() + cancelled.notSure()));
        } catch (MeetingRefused refused) {
            refuse(refused);
        } catch (ForumAccessRefused refused) {
            errors.add(getTranslation(ForumAccessRefused.MESSAGE_KEY));
            showErrors();
        }
    }

    private void refuse(MeetingRefused refused) {
        var message = getTranslation(refused.messageKey());
        fields.fieldFor(refused.field()).ifPresentOrElse(f -> MeetingFields.addError(errors, f, message),
                () -> errors.add(message));
        showErrors();
    }

    private void say(String message) {
        status.setText(message);
        status.setVisible(true);
    }

    private void showErrors() {
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "meetings.edit.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
