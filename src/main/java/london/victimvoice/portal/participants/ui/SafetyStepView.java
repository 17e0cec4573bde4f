package london.victimvoice.portal.participants.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.ContactSafety;

/**
 * Step 5: how and when it is safe to contact them. Discreet messages are on unless they turn
 * them off; days and times are tick boxes, never a time picker.
 */
@Route(value = ForumsStepView.NEXT, layout = ParticipantLayout.class)
@AnonymousAllowed
class SafetyStepView extends QuestionPage {

    static final String NEXT = "join/heard-from";

    private final SignUpDraft draft;
    private final SafetyFields fields;

    SafetyStepView(SignUpDraft draft) {
        super(draft, "join.safety.heading", VerifyView.NEXT, NEXT);
        this.draft = draft;

        var available = new ArrayList<ChannelType>();
        if (Contact.sms(draft.mobile).isPresent()) {
            available.add(ChannelType.SMS);
        }
        if (Contact.email(draft.email).isPresent()) {
            available.add(ChannelType.EMAIL);
        }
        fields = new SafetyFields(available);
        // The first time, the channel they proved is ticked as safe; after that, what they chose.
        var channels = draft.safeChannels.isEmpty() && draft.verifiedChannel != null
                ? List.of(draft.verifiedChannel) : draft.safeChannels.stream().filter(available::contains).toList();
        fields.setValue(new ContactSafety(new LinkedHashSet<>(channels), draft.safeDays, draft.safeTimes,
                draft.discreetMessages, draft.safeNote, draft.preferredLanguage, draft.accessNeeds,
                draft.accessNeedsOther));
        addQuestions(fields);
    }

    @Override
    void save() {
        var value = fields.value();
        draft.safeChannels = new LinkedHashSet<>(value.safeChannels());
        draft.safeDays = value.safeDays();
        draft.safeTimes = value.safeTimes();
        draft.discreetMessages = value.discreetMessages();
        draft.safeNote = value.safeNote();
        draft.preferredLanguage = value.preferredLanguage();
        draft.accessNeeds = value.accessNeeds();
        draft.accessNeedsOther = value.accessNeedsOther();
        fields.check(errors);
    }
}
