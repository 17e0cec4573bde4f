package london.victimvoice.portal.participants.ui.equality;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;

/** Religion, the last question: Continue leaves the equality questions. */
@Route(value = ReligionView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class ReligionView extends QuestionView {

    static final String PATH = EqualityPages.START + "/religion";

    ReligionView(EqualityDraft draft) {
        super(draft, Question.RELIGION);
    }
}
