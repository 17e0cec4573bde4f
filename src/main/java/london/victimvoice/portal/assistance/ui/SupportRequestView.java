package london.victimvoice.portal.assistance.ui;

import java.util.EnumSet;
import java.util.UUID;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.assistance.AssistanceRefused;
import london.victimvoice.portal.assistance.AssistanceRequests;
import london.victimvoice.portal.assistance.SupportTiming;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.meetings.MeetingSummary;
import london.victimvoice.portal.security.ParticipantSessions;

/** A participant asks to talk to someone from Victim Support before or after one meeting. */
@Route(value = SupportRequestView.PATH, layout = ParticipantLayout.class)
// Open so that anyone else goes to the participant sign-in, not the staff one; the page guards itself.
@AnonymousAllowed
class SupportRequestView extends MeetingRequestPage {

    static final String PATH = "meetings/:" + MEETING_ID + "/support";

    private final RadioButtonGroup<SupportTiming> timing = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();

    SupportRequestView(AssistanceRequests requests, ParticipantSessions sessions) {
        super(requests, sessions, "assistance.support.title", "send-support");
        timing.setLabel(getTranslation("assistance.support.timing"));
        timing.setItems(EnumSet.allOf(SupportTiming.class));
        timing.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        timing.setId("support-timing");
        note.setLabel(getTranslation("assistance.support.note"));
        note.setHelperText(getTranslation("assistance.textHint", AssistanceRequests.DETAILS_MAX_LENGTH));
        note.setId("support-note");
        addQuestions(timing, note);
    }

    @Override
    void prefill(UUID participantId, MeetingSummary meeting) {
        // Nothing to fill: the choice is theirs each time.
    }

    @Override
    void submit(UUID participantId, UUID meetingId) {
        requests.askForSupport(participantId, meetingId, timing.getValue(), note.getValue());
    }

    @Override
    void refuse(String messageKey) {
        var text = getTranslation(messageKey, AssistanceRequests.DETAILS_MAX_LENGTH);
        if (messageKey.equals(AssistanceRefused.TIMING_MISSING)) {
            errors.add(timing, text);
        } else if (messageKey.startsWith("assistance.error.details")) {
            errors.add(note, text);
        } else {
            errors.add(text);
        }
    }
}
