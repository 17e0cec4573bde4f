package london.victimvoice.portal.forums.ui;

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
import london.victimvoice.portal.security.Roles;

/**
 * A coordinator edits a forum they look after: the description participants see, the capacity, and
 * whether it accepts new members. A capacity below the current members asks them to choose: stop,
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
        add(errors, heading, status, form, coordinators, new Paragraph(back));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        try {
            var managed = settings.open(manager, code);
            show(managed.forum());
        } catch (ForumAccessRefused refused) {
            heading.setText(getTranslation("forums.edit.refusedHeading"));
            status.setText(getTranslation("forums.edit.refused"));
            form.setVisible(false);
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
