package london.victimvoice.portal.forums.ui;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.CapacityBelowMembers;
import london.victimvoice.portal.forums.ForumAccessRefused;
import london.victimvoice.portal.forums.ForumChange;
import london.victimvoice.portal.forums.ForumChangeRefused;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumSettings;
import london.victimvoice.portal.forums.ForumSummary;
import london.victimvoice.portal.forums.ReminderProblem;
import london.victimvoice.portal.forums.ReminderSettings;
import london.victimvoice.portal.forums.RemindersRefused;
import london.victimvoice.portal.security.Roles;

/**
 * A coordinator edits a forum they look after: the description participants see, the capacity, and
 * whether it accepts new members, and when members are reminded of meetings. A capacity below the current members asks them to choose: stop,
 * or keep everyone and close joining. Anyone else is told they do not look after the forum.
 */
@Route(value = ForumListView.PATH + "/:code", layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class ForumEditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ForumSettings settings;
    private final ForumManager manager;
    private final ErrorSummary errors = new ErrorSummary();
    private final H1 heading = new H1();
    private final Paragraph status = new Paragraph();
    private final TextArea description = new TextArea();
    private final TextField capacity = new TextField();
    private final Checkbox accepting = new Checkbox();
    private final Div form = new Div();
    private final Div belowMembers = new Div();
    private final Div coordinators = new Div();
    private final Div coordinatorList = new Div();
    private final TextField coordinatorName = new TextField();
    private final Div reminders = new Div();
    private final List<TextField> reminderDays = new ArrayList<>();
    private final TextField reminderTime = new TextField();
    private String code = "";

    ForumEditView(ForumSettings settings, AuthenticationContext authentication) {
        this.settings = settings;
        this.manager = Managers.of(authentication);
        status.setId("forum-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("form-status");
        description.setId("forum-description");
        description.setLabel(getTranslation("forums.edit.description"));
        capacity.setId("forum-capacity");
        capacity.setLabel(getTranslation("forums.edit.capacity"));
        capacity.setHelperText(getTranslation("forums.edit.capacityHint", ForumSettings.MIN_CAPACITY,
                ForumSettings.MAX_CAPACITY, ForumSettings.DEFAULT_CAPACITY));
        capacity.setMaxLength(6);
        capacity.getElement().setAttribute("inputmode", "numeric");
        capacity.setWidth("6em");
        accepting.setId("forum-accepting");
        accepting.setLabel(getTranslation("forums.edit.accepting"));
        var save = new Button(getTranslation("forums.edit.save"), e -> save(false));
        save.setId("forum-save");
        save.addClassName("button-primary");
        var back = new Anchor(ForumListView.PATH, getTranslation("forums.edit.back"));
        back.setId("forums-back");
        var actions = new Div(save);
        actions.addClassName("form-actions");
        belowMembers.addClassName("confirm-panel");
        belowMembers.setVisible(false);
        form.add(description, capacity, accepting, belowMembers, actions);
        form.setVisible(false);
        coordinatorName.setId("coordinator-username");
        coordinatorName.setLabel(getTranslation("forums.coordinators.username"));
        coordinatorName.setMaxLength(80);
        var addCoordinator = new Button(getTranslation("forums.coordinators.add"), e -> assign());
        addCoordinator.setId("coordinator-add");
        var addActions = new Div(addCoordinator);
        addActions.addClassName("form-actions");
        coordinators.add(new H2(getTranslation("forums.coordinators.heading")), coordinatorList, coordinatorName,
                addActions);
        coordinators.setVisible(false);
        buildReminders();
        add(errors, heading, status, form, reminders, coordinators, new Paragraph(back));
    }

    /** Up to three boxes of days before and a time, GOV.UK style: plain inputs, a hint, errors at each. */
    private void buildReminders() {
        var title = new H2(getTranslation("forums.reminders.heading"));
        title.setId("reminders-heading");
        reminders.add(title, new Paragraph(getTranslation("forums.reminders.intro", ReminderSettings.MAX_REMINDERS)));
        for (var box = 1; box <= ReminderSettings.MAX_REMINDERS; box++) {
            var days = new TextField();
            days.setId("reminder-days-" + box);
            days.setLabel(getTranslation("forums.reminders.days", box));
            days.setHelperText(getTranslation("forums.reminders.daysHint", ReminderSettings.MIN_DAYS,
                    ReminderSettings.MAX_DAYS));
            days.setMaxLength(6);
            days.getElement().setAttribute("inputmode", "numeric");
            // Wide enough for the label and the hint at 320 px; a narrower box pushes them past the edge.
            days.setWidth("10em");
            reminderDays.add(days);
            reminders.add(days);
        }
        reminderTime.setId("reminder-time");
        reminderTime.setLabel(getTranslation("forums.reminders.time"));
        reminderTime.setHelperText(getTranslation("forums.reminders.timeHint", clock(ReminderSettings.EARLIEST),
                clock(ReminderSettings.LATEST)));
        reminderTime.setMaxLength(5);
        reminderTime.setWidth("10em");
        var save = new Button(getTranslation("forums.reminders.save"), e -> saveReminders());
        save.setId("reminders-save");
        save.addClassName("button-primary");
        var actions = new Div(save);
        actions.addClassName("form-actions");
        reminders.add(reminderTime, actions);
        reminders.setVisible(false);
    }

    private static String clock(LocalTime time) {
        return String.format(Locale.UK, "%02d:%02d", time.getHour(), time.getMinute());
    }

    private void showReminders(ReminderSettings settings) {
        for (var box = 0; box < reminderDays.size(); box++) {
            reminderDays.get(box).setValue(box < settings.daysBefore().size()
                    ? String.valueOf(settings.daysBefore().get(box)) : "");
        }
        reminderTime.setValue(clock(settings.at()));
        reminders.setVisible(true);
    }

    private void saveReminders() {
        clearErrors();
        belowMembers.setVisible(false);
        status.setText("");
        try {
            var saved = settings.changeReminders(manager, code,
                    reminderDays.stream().map(TextField::getValue).toList(), reminderTime.getValue());
            showReminders(saved);
            status.setText(getTranslation(saved.daysBefore().isEmpty() ? "forums.reminders.savedNone"
                    : "forums.reminders.saved"));
        } catch (RemindersRefused refused) {
            for (var problem : refused.problems()) {
                var field = problem.field() == ReminderProblem.TIME ? reminderTime : reminderDays.get(problem.field());
                fail(field, getTranslation(problem.messageKey(), ReminderSettings.MIN_DAYS, ReminderSettings.MAX_DAYS,
                        ReminderSettings.MAX_REMINDERS, clock(ReminderSettings.EARLIEST),
                        clock(ReminderSettings.LATEST)));
            }
        } catch (ForumAccessRefused refused) {
            errors.add(getTranslation("forums.edit.refused"));
            errors.show();
            retitle();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        try {
            var managed = settings.open(manager, code);
            show(managed.forum());
            showReminders(settings.reminders(manager, code));
        } catch (ForumAccessRefused refused) {
            heading.setText(getTranslation("forums.edit.refusedHeading"));
            status.setText(getTranslation("forums.edit.refused"));
            form.setVisible(false);
            reminders.setVisible(false);
        }
    }

    private void show(ForumSummary forum) {
        heading.setText(getTranslation("forums.edit.heading", getTranslation(forum.nameKey())));
        description.setHelperText(getTranslation("forums.edit.descriptionHint",
                String.format(java.util.Locale.UK, "%,d", ForumSettings.DESCRIPTION_MAX_LENGTH), getTranslation(forum.descriptionKey())));
        description.setValue(forum.description() == null ? "" : forum.description());
        capacity.setValue(String.valueOf(forum.capacity()));
        accepting.setValue(forum.acceptingMembers());
        form.setVisible(true);
        if (manager.admin()) {
            showCoordinators();
        }
    }

    /** Admins only: who looks after this forum, with removing (after an "are you sure?") and adding. */
    private void showCoordinators() {
        coordinatorList.removeAll();
        var names = settings.coordinatorsOf(manager, code);
        if (names.isEmpty()) {
            coordinatorList.add(new Paragraph(getTranslation("forums.coordinators.none")));
        }
        var list = new com.vaadin.flow.component.html.UnorderedList();
        for (var name : names) {
            var remove = new Button(getTranslation("forums.coordinators.remove"), e -> askToRemove(name));
            remove.setId("coordinator-remove-" + name);
            remove.setAriaLabel(getTranslation("forums.coordinators.removeNamed", name));
            list.add(new com.vaadin.flow.component.html.ListItem(new com.vaadin.flow.component.html.Span(name + " "),
                    remove));
        }
        if (!names.isEmpty()) {
            coordinatorList.add(list);
        }
        coordinators.setVisible(true);
    }

    private void askToRemove(String name) {
        clearErrors();
        var confirm = new Div();
        confirm.addClassName("confirm-panel");
        var question = new H2(getTranslation("forums.coordinators.confirm", name));
        question.setId("coordinator-confirm-heading");
        question.getElement().setAttribute("tabindex", "-1");
        var yes = new Button(getTranslation("forums.coordinators.confirmYes"), e -> {
            settings.unassignCoordinator(manager, code, name);
            status.setText(getTranslation("forums.coordinators.removed", name));
            showCoordinators();
        });
        yes.setId("coordinator-remove-confirm");
        yes.addClassName("button-warning");
        var no = new Button(getTranslation("forums.coordinators.confirmNo"), e -> showCoordinators());
        no.setId("coordinator-remove-cancel");
        var buttons = new Div(yes, no);
        buttons.addClassName("button-group");
        confirm.add(question, buttons);
        coordinatorList.add(confirm);
        question.getElement().callJsFunction("focus");
    }

    private void assign() {
        clearErrors();
        status.setText("");
        try {
            settings.assignCoordinator(manager, code, coordinatorName.getValue());
            status.setText(getTranslation("forums.coordinators.added", coordinatorName.getValue().strip()));
            coordinatorName.clear();
            showCoordinators();
        } catch (ForumChangeRefused refused) {
            fail(coordinatorName, getTranslation(refused.messageKey()));
        }
    }

    private void save(boolean keepMembersAndClose) {
        clearErrors();
        belowMembers.setVisible(false);
        status.setText("");
        var wanted = capacity.getValue().strip();
        if (!wanted.matches("-?\\d{1,6}")) {
            fail(capacity, getTranslation(wanted.isEmpty() ? "forums.edit.error.capacityMissing"
                    : "forums.edit.error.capacityNumber"));
            return;
        }
        try {
            var saved = settings.change(manager, code, new ForumChange(description.getValue(),
                    Integer.parseInt(wanted), accepting.getValue(), keepMembersAndClose));
            show(saved);
            status.setText(getTranslation(saved.acceptingMembers() || !keepMembersAndClose ? "forums.edit.saved"
                    : "forums.edit.savedClosed"));
        } catch (ForumChangeRefused refused) {
            if (refused.aboutDescription()) {
                fail(description, getTranslation(refused.messageKey(),
                        String.format(java.util.Locale.UK, "%,d", ForumSettings.DESCRIPTION_MAX_LENGTH)));
            } else {
                fail(capacity, getTranslation(refused.messageKey(), ForumSettings.MIN_CAPACITY,
                        ForumSettings.MAX_CAPACITY));
            }
        } catch (CapacityBelowMembers below) {
            askAboutMembers(below.members());
        } catch (ForumAccessRefused refused) {
            errors.add(getTranslation("forums.edit.refused"));
            errors.show();
            retitle();
        }
    }

    /** The clear choice: stop (nothing saved), or keep the current members and close joining. */
    private void askAboutMembers(long members) {
        belowMembers.removeAll();
        var question = new H2(getTranslation("forums.below.heading"));
        question.setId("capacity-below-heading");
        question.getElement().setAttribute("tabindex", "-1");
        var keep = new Button(getTranslation("forums.below.keep"), e -> save(true));
        keep.setId("capacity-keep");
        keep.addClassName("button-warning");
        var stop = new Button(getTranslation("forums.below.stop"), e -> {
            belowMembers.setVisible(false);
            status.setText(getTranslation("forums.below.stopped"));
        });
        stop.setId("capacity-stop");
        var buttons = new Div(keep, stop);
        buttons.addClassName("button-group");
        belowMembers.add(question, new Paragraph(getTranslation("forums.below.body", members, capacity.getValue().strip())),
                buttons);
        belowMembers.setVisible(true);
        question.getElement().callJsFunction("focus");
    }

    private <F extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasValidation> void fail(
            F field, String message) {
        errors.add(field, message);
        errors.show();
        retitle();
    }

    private void clearErrors() {
        if (errors.hasErrors()) {
            errors.clear();
            retitle();
        }
    }

    private void retitle() {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "forums.edit.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
