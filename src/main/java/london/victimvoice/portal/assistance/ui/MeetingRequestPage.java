package london.victimvoice.portal.assistance.ui;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.assistance.AssistanceRefused;
import london.victimvoice.portal.assistance.AssistanceRequests;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.meetings.MeetingSummary;
import london.victimvoice.portal.security.ParticipantSessions;

/**
 * A participant's question page about one of their meetings. The route is open (like the
 * participant's own page) and guards itself: anyone who is not a signed-in participant goes to
 * the participant sign-in; a meeting that does not exist or is another forum's is "Page not
 * found"; a cancelled or started one says so instead of showing the form.
 */
abstract class MeetingRequestPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String MEETING_ID = "meetingId";

    final AssistanceRequests requests;
    final ErrorSummary errors = new ErrorSummary();
    private final ParticipantSessions sessions;
    private final String titleKey;
    private final Paragraph when = new Paragraph();
    private final Paragraph refusal = new Paragraph();
    private final Div form = new Div();
    private @Nullable UUID participantId;
    private @Nullable UUID meetingId;

    MeetingRequestPage(AssistanceRequests requests, ParticipantSessions sessions, String titleKey, String sendId) {
        this.requests = requests;
        this.sessions = sessions;
        this.titleKey = titleKey;
        addClassName("question-page");
        var back = new Anchor("account", getTranslation("form.back"));
        back.addClassName("back-link");
        when.setId("meeting-when");
        refusal.setId("meeting-refused");
        refusal.setVisible(false);
        var send = new Button(getTranslation("assistance.send"), e -> send());
        send.addClassName("button-primary");
        send.setId(sendId);
        var actions = new Div(send);
        actions.addClassName("form-actions");
        form.add(actions);
        add(back, errors, new H1(getTranslation(titleKey)), when, refusal, form);
    }

    /** Adds the questions above the Send button. */
    void addQuestions(Component... questions) {
        form.addComponentAsFirst(new Div(questions));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var signedIn = sessions.current();
        if (signedIn.isEmpty()) {
            event.forwardTo("sign-in");
            return;
        }
        participantId = signedIn.get();
        meetingId = event.getRouteParameters().get(MEETING_ID).flatMap(MeetingRequestPage::uuid).orElse(null);
        if (meetingId == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            var meeting = requests.meetingFor(participantId, meetingId);
            when.setText(getTranslation("assistance.forMeeting", When.meeting(this, meeting.startsAt(), meeting.endsAt())));
            prefill(participantId, meeting);
        } catch (AssistanceRefused refused) {
            if (AssistanceRefused.MEETING_NOT_FOUND.equals(refused.messageKey())) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            closed(refused.messageKey());
        }
    }

    /** Fills the questions from what is known already. */
    abstract void prefill(UUID participantId, MeetingSummary meeting);

    /** Sends the answers; throws the service's refusal. */
    abstract void submit(UUID participantId, UUID meetingId);

    /** Shows a refusal at its field, or at the top when it belongs to no field. */
    abstract void refuse(String messageKey);

    private void send() {
        if (participantId == null || meetingId == null) {
            return;
        }
        errors.clear();
        try {
            submit(participantId, meetingId);
            getUI().ifPresent(ui -> ui.navigate(OwnRequestsView.PATH,
                    QueryParameters.simple(Map.of(OwnRequestsView.SENT, ""))));
            return;
        } catch (AssistanceRefused refused) {
            // The meeting was cancelled, started or left meanwhile: nothing to correct in the form.
            if (refused.messageKey().equals(AssistanceRefused.MEETING_NOT_FOUND)
                    || refused.messageKey().equals(AssistanceRefused.MEETING_CANCELLED)
                    || refused.messageKey().equals(AssistanceRefused.MEETING_STARTED)) {
                closed(refused.messageKey());
                return;
            }
            refuse(refused.messageKey());
        }
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** Too late to ask: say why plainly, with the way back, and hide the form. */
    private void closed(String messageKey) {
        refusal.setText(getTranslation(messageKey));
        refusal.setVisible(true);
        form.setVisible(false);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, titleKey);
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
