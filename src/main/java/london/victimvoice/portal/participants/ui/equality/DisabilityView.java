package london.victimvoice.portal.participants.ui.equality;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;

/** Long-term physical or mental health conditions or illnesses. */
@Route(value = DisabilityView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class DisabilityView extends QuestionView {

    static final String PATH = EqualityPages.START + "/disability";

    DisabilityView(EqualityDraft draft) {
        super(draft, Question.DISABILITY);
    }
}
