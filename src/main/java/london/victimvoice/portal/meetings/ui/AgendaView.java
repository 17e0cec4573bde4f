package london.victimvoice.portal.meetings.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import london.victimvoice.portal.meetings.AgendaBoard;
import london.victimvoice.portal.meetings.AgendaEntry;
import london.victimvoice.portal.meetings.AgendaRefused;
import london.victimvoice.portal.meetings.MeetingAgendas;
import london.victimvoice.portal.meetings.SuggestedTopic;
import london.victimvoice.portal.security.Roles;

/**
 * Coordinators build a meeting's agenda: members' suggestions with their votes (most first),
 * added as items, their own items, order (move up and down, by keyboard as well as by touch),
 * removal after an "are you sure?", and publishing to members some days before or now.
 */
@Route(value = AgendaView.PATH, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class AgendaView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "staff/meetings/:meetingId/agenda";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MeetingAgendas agendas;
    private final ForumManager manager;
    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph caption = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Div content = new Div();
    private final Div suggestions = new Div();
    private final Div items = new Div();
    private final Div confirmRemove = new Div();
    private final H2 itemsHeading = new H2();
    private final TextArea itemText = new TextArea();
    private final Paragraph publishState = new Paragraph();
    private final TextField days = new TextField();
    private final Button unpublish = new Button();
    private final Anchor attendance = new Anchor();
    private @Nullable UUID meetingId;

    AgendaView(MeetingAgendas agendas, AuthenticationContext authentication) {
        this.agendas = agendas;
        this.manager = Managers.of(authentication);
        caption.addClassName("caption");
        status.setId("agenda-status");
        status.addClassName("form-status");
        status.getElement().setAttribute("role", "status");
        confirmRemove.addClassName("confirm-panel");
        confirmRemove.setVisible(false);
        items.setId("agenda-items-region");
        itemsHeading.setText(getTranslation("agenda.build.items.heading"));
        itemsHeading.setId("agenda-items-heading");
        itemsHeading.getElement().setAttribute("tabindex", "-1");
        itemText.setId("agenda-item-text");
        itemText.setLabel(getTranslation("agenda.build.own.label"));
        itemText.setHelperText(getTranslation("agenda.build.own.hint", MeetingAgendas.ITEM_MAX_LENGTH));
        itemText.setWidthFull();
        var addItem = new Button(getTranslation("agenda.build.own.add"), e -> addItem());
        addItem.setId("agenda-item-add");
        publishState.setId("agenda-publish-state");
        days.setId("agenda-publish-days");
        days.setLabel(getTranslation("agenda.build.publish.days"));
        days.setHelperText(getTranslation("agenda.build.publish.daysHint"));
        days.setValue(String.valueOf(MeetingAgendas.DEFAULT_PUBLISH_DAYS));
        days.getElement().setAttribute("inputmode", "numeric");
        var publish = new Button(getTranslation("agenda.build.publish.button"), e -> publish());
        publish.setId("agenda-publish");
        publish.addClassName("button-primary");
        var publishNow = new Button(getTranslation("agenda.build.publish.now"), e -> publishNow());
        publishNow.setId("agenda-publish-now");
        unpublish.setText(getTranslation("agenda.build.unpublish"));
        unpublish.setId("agenda-unpublish");
        unpublish.addClickListener(e -> act(() -> agendas.unpublish(manager, meeting()), "agenda.build.unpublished"));
        var publishButtons = new Div(publish, publishNow, unpublish);
        publishButtons.addClassName("button-group");
        attendance.setText(getTranslation("agenda.build.attendanceLink"));
        attendance.setId("agenda-attendance-link");
        content.add(new H2(getTranslation("agenda.build.suggestions.heading")), suggestions,
                itemsHeading, items, confirmRemove,
                new H2(getTranslation("agenda.build.own.heading")), itemText, formActions(addItem),
                new H2(getTranslation("agenda.build.publish.heading")), publishState, days, formActions(publishButtons),
                new Paragraph(attendance));
        add(errors, caption, new H1(getTranslation("agenda.build.heading")), status, content);
    }

    private static Div formActions(Component component) {
        var actions = new Div(component);
        actions.addClassName("form-actions");
        return actions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = MeetingIds.from(event).orElse(null);
        if (meetingId == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            show(agendas.board(manager, meetingId));
        } catch (AgendaRefused notFound) {
            event.rerouteToError(NotFoundException.class);
        } catch (ForumAccessRefused refused) {
            content.setVisible(false);
            status.setText(getTranslation(ForumAccessRefused.MESSAGE_KEY));
        }
    }

    private void show(AgendaBoard board) {
        caption.setText(getTranslation("agenda.build.caption", LondonTimes.dayWithYearAndTime(board.meeting().startsAt()),
                getTranslation("forum." + board.meeting().forumCode() + ".name")));
        attendance.setHref("staff/meetings/" + board.meeting().id() + "/attendance");
        if (board.meeting().cancelled()) {
            content.setVisible(false);
            status.setText(getTranslation("agenda.build.cancelled"));
            return;
        }
        showSuggestions(board.suggestions());
        showItems(board.items());
        if (board.publishAt() == null) {
            publishState.setText(getTranslation("agenda.build.state.draft"));
        } else {
            publishState.setText(getTranslation(board.visibleNow() ? "agenda.build.state.visible"
                    : "agenda.build.state.scheduled", LondonTimes.dayWithYearAndTime(board.publishAt())));
        }
        if (board.publishDaysBefore() != null && !errors.hasErrors()) {
            days.setValue(String.valueOf(board.publishDaysBefore()));
        }
        unpublish.setVisible(board.publishAt() != null);
    }

    private void showSuggestions(List<SuggestedTopic> topics) {
        suggestions.removeAll();
        if (topics.isEmpty()) {
            suggestions.add(new Paragraph(getTranslation("agenda.build.suggestions.empty")));
            return;
        }
        var table = new NativeTable();
        table.setId("agenda-suggestions");
        table.addClassName("simple");
        table.setCaptionText(getTranslation("agenda.build.suggestions.caption"));
        var head = table.getHead().addRow();
        for (var key : new String[] {"agenda.build.column.topic", "agenda.build.column.votes",
                "agenda.build.column.suggested", "agenda.build.column.action"}) {
            head.addHeaderCell().getElement().setText(getTranslation(key)).setAttribute("scope", "col");
        }
        for (var topic : topics) {
            var row = table.getBody().addRow();
            var words = row.addDataCell();
            words.setText(getTranslation("agenda.build.item.text", topic.text()));
            words.setId("suggestion-words-" + topic.id());
            row.addDataCell().setText(getTranslation("agenda.build.votes", topic.votes()));
            row.addDataCell().setText(getTranslation("agenda.build.suggestedOn", DAY.format(topic.suggestedOn())));
            if (topic.onAgenda()) {
                row.addDataCell().setText(getTranslation("agenda.build.onAgenda"));
            } else {
                var add = new Button(getTranslation("agenda.build.addSuggestion"),
                        e -> act(() -> agendas.addSuggestion(manager, meeting(), topic.id()), "agenda.build.added"));
                add.setId("agenda-add-topic-" + topic.id());
                add.getElement().setAttribute("aria-describedby", "suggestion-words-" + topic.id());
                row.addDataCell().add(add);
            }
        }
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("agenda.build.suggestions.caption"));
        suggestions.add(scroll);
    }

    private void showItems(List<AgendaEntry> entries) {
        items.removeAll();
        if (entries.isEmpty()) {
            items.add(new Paragraph(getTranslation("agenda.build.items.empty")));
            return;
        }
        var list = new OrderedList();
        list.setId("agenda-items");
        list.addClassName("agenda-items");
        for (var i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            var words = new Paragraph(getTranslation("agenda.build.item.text", entry.text()));
            words.setId("agenda-words-" + entry.id());
            var item = new ListItem(words);
            if (entry.fromMembers()) {
                var from = new Paragraph(getTranslation("agenda.build.item.fromMembers"));
                from.addClassName("hint");
                item.add(from);
            }
            var buttons = new Div();
            buttons.addClassName("button-group");
            if (i > 0) {
                buttons.add(itemButton("agenda-up-", "agenda.build.moveUp", entry,
                        () -> agendas.moveUp(manager, meeting(), entry.id()), "agenda.build.moved"));
            }
            if (i < entries.size() - 1) {
                buttons.add(itemButton("agenda-down-", "agenda.build.moveDown", entry,
                        () -> agendas.moveDown(manager, meeting(), entry.id()), "agenda.build.moved"));
            }
            var remove = new Button(getTranslation("agenda.build.remove"), e -> askToRemove(entry));
            remove.setId("agenda-remove-" + entry.id());
            remove.getElement().setAttribute("aria-describedby", words.getId().orElseThrow());
            buttons.add(remove);
            item.add(buttons);
            list.add(item);
        }
        items.add(list);
    }

    private Button itemButton(String idPrefix, String key, AgendaEntry entry, Runnable change, String doneKey) {
        var button = new Button(getTranslation(key));
        button.setId(idPrefix + entry.id());
        button.getElement().setAttribute("aria-describedby", "agenda-words-" + entry.id());
        button.addClickListener(e -> {
            act(change, doneKey);
            // Keyboard users keep their place: focus follows the item they moved.
            focusFirst(idPrefix + entry.id(), (idPrefix.equals("agenda-up-") ? "agenda-down-" : "agenda-up-")
                    + entry.id());
        });
        return button;
    }

    private void focusFirst(String... ids) {
        for (var id : ids) {
            var found = findById(items, id);
            if (found != null) {
                found.focus();
                return;
            }
        }
    }

    private static @Nullable Button findById(Component root, String id) {
        if (root instanceof Button button && id.equals(button.getId().orElse(null))) {
            return button;
        }
        for (var child : root.getChildren().toList()) {
            var found = findById(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void askToRemove(AgendaEntry entry) {
        clearErrors();
        confirmRemove.removeAll();
        var question = new H2(getTranslation("agenda.build.remove.heading", entry.text()));
        question.setId("agenda-remove-heading");
        question.getElement().setAttribute("tabindex", "-1");
        var yes = new Button(getTranslation("agenda.build.remove.yes"), e -> {
            confirmRemove.setVisible(false);
            act(() -> agendas.remove(manager, meeting(), entry.id()), "agenda.build.removed");
            // The item and its buttons are gone: focus goes back to the top of the agenda.
            itemsHeading.getElement().callJsFunction("focus");
        });
        yes.setId("agenda-remove-confirm");
        yes.addClassName("button-warning");
        var no = new Button(getTranslation("agenda.build.remove.no"), e -> {
            confirmRemove.setVisible(false);
            focusFirst("agenda-remove-" + entry.id());
        });
        no.setId("agenda-remove-cancel");
        var buttons = new Div(yes, no);
        buttons.addClassName("button-group");
        confirmRemove.add(question, new Paragraph(getTranslation("agenda.build.remove.body")), buttons);
        confirmRemove.setVisible(true);
        question.getElement().callJsFunction("focus");
    }

    private void addItem() {
        if (act(() -> agendas.addItem(manager, meeting(), itemText.getValue()), "agenda.build.added")) {
            itemText.clear();
        }
    }

    private void publish() {
        int chosen;
        try {
            chosen = Integer.parseInt(days.getValue().strip());
        } catch (NumberFormatException notANumber) {
            clearErrors();
            refuse(new AgendaRefused("agenda.error.days", MeetingAgendas.MAX_PUBLISH_DAYS));
            return;
        }
        act(() -> agendas.publish(manager, meeting(), chosen), null);
    }

    private void publishNow() {
        act(() -> agendas.publishNow(manager, meeting()), null);
    }

    /** Runs a change and shows the board again; false (with the error shown) when it was refused. */
    private boolean act(Runnable change, @Nullable String doneKey) {
        clearErrors();
        try {
            change.run();
            status.setText(doneKey == null ? "" : getTranslation(doneKey));
            show(agendas.board(manager, meeting()));
            return true;
        } catch (AgendaRefused refused) {
            refuse(refused);
            show(agendas.board(manager, meeting()));
            return false;
        } catch (ForumAccessRefused refused) {
            status.setText(getTranslation(ForumAccessRefused.MESSAGE_KEY));
            content.setVisible(false);
            return false;
        }
    }

    private void refuse(AgendaRefused refused) {
        status.setText("");
        var key = refused.messageKey();
        var message = getTranslation(key, refused.arguments());
        if (key.startsWith("agenda.error.item") && !key.equals("agenda.error.itemGone")) {
            errors.add(itemText, message);
        } else if (key.equals("agenda.error.days")) {
            errors.add(days, message);
        } else {
            errors.add(message);
        }
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void clearErrors() {
        if (errors.hasErrors()) {
            errors.clear();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    private UUID meeting() {
        if (meetingId == null) {
            throw new IllegalStateException("No meeting");
        }
        return meetingId;
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "agenda.build.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
