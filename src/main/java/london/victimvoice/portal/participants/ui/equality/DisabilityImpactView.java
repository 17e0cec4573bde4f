package london.victimvoice.portal.participants.ui.equality;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;

/** How much those conditions reduce day-to-day activities; asked only after a yes. */
@Route(value = DisabilityImpactView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class DisabilityImpactView extends QuestionView {

    static final String PATH = EqualityPages.START + "/disability-impact";

    DisabilityImpactView(EqualityDraft draft) {
        super(draft, Question.DISABILITY_IMPACT);
    }
}
