package london.victimvoice.portal.assistance.ui;

import java.util.EnumSet;
import java.util.UUID;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.assistance.AssistanceRefused;
import london.victimvoice.portal.assistance.AssistanceRequests;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.meetings.MeetingSummary;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.security.ParticipantSessions;

/** A participant asks for changes so they can take part in one meeting: the access needs list and their own words. */
@Route(value = AdjustmentsView.PATH, layout = ParticipantLayout.class)
// Open so that anyone else goes to the participant sign-in, not the staff one; the page guards itself.
@AnonymousAllowed
class AdjustmentsView extends MeetingRequestPage {

    static final String PATH = "meetings/:" + MEETING_ID + "/adjustments";

    private final CheckboxGroup<AccessNeed> needs = new CheckboxGroup<>();
    private final TextArea details = new TextArea();

    AdjustmentsView(AssistanceRequests requests, ParticipantSessions sessions) {
        super(requests, sessions, "assistance.adjustments.title", "send-adjustments");
        needs.setLabel(getTranslation("assistance.adjustments.needs"));
        needs.setHelperText(getTranslation("assistance.adjustments.needsHint"));
        needs.setItems(EnumSet.allOf(AccessNeed.class));
        needs.setItemLabelGenerator(n -> getTranslation(n.labelKey()));
        needs.setId("adjustment-needs");
        details.setLabel(getTranslation("assistance.adjustments.details"));
        details.setHelperText(getTranslation("assistance.textHint", AssistanceRequests.DETAILS_MAX_LENGTH));
        details.setId("adjustment-details");
        addQuestions(needs, details);
    }

    @Override
    void prefill(UUID participantId, MeetingSummary meeting) {
        needs.setValue(requests.usualNeeds(participantId));
    }

    @Override
    void submit(UUID participantId, UUID meetingId) {
        requests.askForAdjustments(participantId, meetingId, needs.getValue(), details.getValue());
    }

    @Override
    void refuse(String messageKey) {
        var text = getTranslation(messageKey, AssistanceRequests.DETAILS_MAX_LENGTH);
        if (messageKey.equals(AssistanceRefused.NOTHING_ASKED)) {
            errors.add(needs, text);
        } else if (messageKey.startsWith("assistance.error.details") || messageKey.equals(AssistanceRefused.OTHER_MISSING)) {
            errors.add(details, text);
        } else {
            errors.add(text);
        }
    }
}
