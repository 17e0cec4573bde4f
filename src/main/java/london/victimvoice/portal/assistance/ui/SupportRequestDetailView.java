package london.victimvoice.portal.assistance.ui;

import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.assistance.AssistanceKind;
import london.victimvoice.portal.assistance.AssistanceRefused;
import london.victimvoice.portal.assistance.AssistanceRequests;
import london.victimvoice.portal.assistance.AssistanceStatus;
import london.victimvoice.portal.assistance.RequestDetails;
import london.victimvoice.portal.assistance.SafeContact;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.security.Roles;

/**
 * One request, opened from the queue: what was asked, how to contact the person safely, where it
 * stands and the team's notes. Opening it is recorded in the access audit by the service. Two
 * workers changing the status at once: the second is told, and sees the first one's change.
 */
@Route(value = "staff/support/:" + SupportRequestDetailView.REQUEST_ID, layout = StaffLayout.class)
@RolesAllowed(Roles.SUPPORT)
class SupportRequestDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String REQUEST_ID = "requestId";

    private final AssistanceRequests requests;
    private final String staff;
    private final ErrorSummary errors = new ErrorSummary();
    private final H1 heading = new H1();
    private final Paragraph message = new Paragraph();
    private final Div content = new Div();
    private final RadioButtonGroup<AssistanceStatus> status = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();
    private @Nullable RequestDetails shown;

    SupportRequestDetailView(AssistanceRequests requests, AuthenticationContext authentication) {
        this.requests = requests;
        this.staff = authentication.getPrincipalName().orElse("unknown");
        var back = new Anchor(SupportQueueView.PATH, getTranslation("assistance.detail.back"));
        back.addClassName("back-link");
        message.setId("request-message");
        message.getElement().setAttribute("role", "status");
        message.addClassName("form-status");
        status.setLabel(getTranslation("assistance.detail.status"));
        status.setItems(EnumSet.allOf(AssistanceStatus.class));
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setId("request-status");
        note.setLabel(getTranslation("assistance.detail.note"));
        note.setHelperText(getTranslation("assistance.detail.noteHint", AssistanceRequests.NOTE_MAX_LENGTH));
        note.setId("note-text");
        add(back, errors, heading, message, content);
    }

    static String pathOf(UUID requestId) {
        return "staff/support/" + requestId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(REQUEST_ID).flatMap(SupportRequestDetailView::uuid);
        try {
            if (id.isPresent()) {
                show(requests.open(id.get(), staff));
                return;
            }
        } catch (AssistanceRefused refused) {
            // Unknown: said below, in staff words; the address is only ever reached from the queue.
        }
        shown = null;
        heading.setText(getTranslation("assistance.detail.unknown"));
        content.removeAll();
    }

    private static java.util.Optional<UUID> uuid(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private void show(RequestDetails request) {
        shown = request;
        heading.setText(getTranslation("assistance.detail.heading", getTranslation(request.kind().labelKey())));
        content.removeAll();
        var asked = summary("request-asked");
        row(asked, "assistance.column.asked", When.dayAndTime(this, request.askedAt()));
        row(asked, "assistance.column.forum", getTranslation("forum." + request.forumCode() + ".name"));
        row(asked, "assistance.column.meeting", When.meeting(this, request.meetingStartsAt(), request.meetingEndsAt()));
        if (request.kind() == AssistanceKind.ADJUSTMENTS) {
            row(asked, "assistance.detail.needs", request.accessNeeds().isEmpty() ? getTranslation("assistance.none")
                    : request.accessNeeds().stream().sorted().map(n -> getTranslation(n.labelKey()))
                            .collect(Collectors.joining(", ")));
        } else {
            row(asked, "assistance.detail.timing",
                    getTranslation(request.timing() == null ? "assistance.none" : request.timing().labelKey()));
        }
        row(asked, "assistance.detail.words", request.details().isEmpty() ? getTranslation("assistance.none")
                : request.details());
        row(asked, "assistance.column.status", getTranslation(request.status().labelKey()));
        content.add(asked, new H2(getTranslation("assistance.detail.contactHeading")), contact(request.contact()));
        status.setValue(request.status());
        var change = new Button(getTranslation("assistance.detail.changeStatus"), e -> changeStatus());
        change.setId("change-status");
        change.addClassName("button-primary");
        content.add(new H2(getTranslation("assistance.detail.statusHeading")), status, actions(change));
        content.add(new H2(getTranslation("assistance.detail.notesHeading")), notes(request), note,
                actions(addNoteButton()));
    }

    private Button addNoteButton() {
        var add = new Button(getTranslation("assistance.detail.addNote"), e -> addNote());
        add.setId("add-note");
        return add;
    }

    private static Div actions(Button button) {
        var actions = new Div(button);
        actions.addClassName("form-actions");
        return actions;
    }

    private Div contact(@Nullable SafeContact contact) {
        if (contact == null) {
            return new Div(new Paragraph(getTranslation("assistance.detail.personGone")));
        }
        var rows = summary("request-contact");
        row(rows, "assistance.detail.name", contact.chosenName());
        row(rows, "assistance.detail.channels", contact.safeChannels().isEmpty() ? getTranslation("assistance.none")
                : contact.safeChannels().stream().sorted().map(c -> getTranslation("join.safety.channel." + c.name()))
                        .collect(Collectors.joining(", ")));
        if (contact.mobile() != null) {
            row(rows, "assistance.detail.mobile", contact.mobile());
        }
        if (contact.email() != null) {
            row(rows, "assistance.detail.email", contact.email());
        }
        row(rows, "assistance.detail.days", contact.safeDays().stream().sorted()
                .map(d -> getTranslation("day." + d.name())).collect(Collectors.joining(", ")));
        row(rows, "assistance.detail.times", contact.safeTimes().stream().sorted()
                .map(t -> getTranslation(t.labelKey())).collect(Collectors.joining(", ")));
        row(rows, "assistance.detail.safeNote", contact.safeNote().isBlank() ? getTranslation("assistance.none")
                : contact.safeNote());
        row(rows, "assistance.detail.discreet", getTranslation(contact.discreetMessages()
                ? "assistance.detail.discreet.yes" : "assistance.detail.discreet.no"));
        var box = new Div(rows);
        return box;
    }

    private Div notes(RequestDetails request) {
        var box = new Div();
        box.setId("request-notes");
        if (request.notes().isEmpty()) {
            box.add(new Paragraph(getTranslation("assistance.detail.noNotes")));
            return box;
        }
        var list = new UnorderedList();
        request.notes().forEach(n -> {
            var item = new ListItem();
            var who = new Paragraph(getTranslation("assistance.detail.noteBy", n.writtenBy(),
                    When.dayAndTime(this, n.writtenAt())));
            who.addClassName("hint");
            item.add(who, new Paragraph(n.text()));
            list.add(item);
        });
        box.add(list);
        return box;
    }

    private void changeStatus() {
        var request = shown;
        if (request == null) {
            return;
        }
        clearErrors();
        try {
            show(requests.changeStatus(request.id(), request.version(), status.getValue(), staff));
            message.setText(getTranslation("assistance.detail.statusChanged",
                    getTranslation(status.getValue().labelKey())));
        } catch (AssistanceRefused refused) {
            if (AssistanceRefused.CHANGED_MEANWHILE.equals(refused.messageKey())) {
                // Show what the other worker did, so the choice is made again knowingly.
                show(requests.open(request.id(), staff));
                errors.add(status, getTranslation(refused.messageKey()));
            } else {
                errors.add(status, getTranslation(refused.messageKey()));
            }
            showErrors();
        }
    }

    private void addNote() {
        var request = shown;
        if (request == null) {
            return;
        }
        clearErrors();
        try {
            show(requests.addNote(request.id(), staff, note.getValue()));
            note.clear();
            message.setText(getTranslation("assistance.detail.noteAdded"));
        } catch (AssistanceRefused refused) {
            errors.add(note, getTranslation(refused.messageKey(), AssistanceRequests.NOTE_MAX_LENGTH));
            showErrors();
        }
    }

    private void showErrors() {
        message.setText("");
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void clearErrors() {
        if (errors.hasErrors()) {
            errors.clear();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    private static DescriptionList summary(String id) {
        var list = new DescriptionList();
        list.addClassName("summary-list");
        list.setId(id);
        return list;
    }

    private void row(DescriptionList rows, String key, String value) {
        var term = new DescriptionList.Term(getTranslation(key));
        term.addClassName("summary-list__key");
        var description = new DescriptionList.Description(value);
        description.addClassName("summary-list__value");
        var row = new Div(term, description);
        row.addClassName("summary-list__row");
        rows.add(row);
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "assistance.detail.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
