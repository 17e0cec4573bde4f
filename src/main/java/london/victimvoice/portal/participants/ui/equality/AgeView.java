package london.victimvoice.portal.participants.ui.equality;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;

/** Age band, in the GSS bands; never a date of birth. */
@Route(value = AgeView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class AgeView extends QuestionView {

    static final String PATH = EqualityPages.START + "/age";

    AgeView(EqualityDraft draft) {
        super(draft, Question.AGE);
    }
}
