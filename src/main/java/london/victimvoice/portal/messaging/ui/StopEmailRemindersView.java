package london.victimvoice.portal.messaging.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.messaging.Outbox;
import london.victimvoice.portal.messaging.StopLinks;

/**
 * Where the link in a reminder email leads: one button stops reminders by email, no sign-in
 * needed. Opening the link changes nothing by itself, because mail scanners open links too.
 * The page names no one, as the link may be opened on a shared computer.
 */
@Route(value = "messages/stop-email-reminders/:token", layout = ParticipantLayout.class)
@AnonymousAllowed
class StopEmailRemindersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StopLinks links;
    private final Outbox outbox;
    private Optional<UUID> participant = Optional.empty();

    StopEmailRemindersView(StopLinks links, Outbox outbox) {
        this.links = links;
        this.outbox = outbox;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        participant = event.getRouteParameters().get("token").flatMap(links::participantFor);
        removeAll();
        if (participant.isEmpty()) {
            add(new H1(getTranslation("stopReminders.broken.heading")),
                    new Paragraph(getTranslation("stopReminders.broken.body")));
            return;
        }
        var result = new Paragraph();
        result.setId("stop-reminders-result");
        result.getElement().setAttribute("role", "status");
        var stop = new Button(getTranslation("stopReminders.button"));
        stop.setId("stop-reminders");
        stop.addClassName("button-primary");
        stop.addClickListener(e -> {
            outbox.stopEmailReminders(participant.get());
            stop.setVisible(false);
            result.setText(getTranslation("stopReminders.done"));
        });
        add(new H1(getTranslation("stopReminders.heading")), new Paragraph(getTranslation("stopReminders.body")),
                stop, result);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, participant.isPresent() ? "stopReminders.title" : "stopReminders.broken.title");
    }
}
