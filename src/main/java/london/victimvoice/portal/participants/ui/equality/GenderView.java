package london.victimvoice.portal.participants.ui.equality;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;

/** Whether the gender the person identifies with is the same as their sex registered at birth. */
@Route(value = GenderView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class GenderView extends QuestionView {

    static final String PATH = EqualityPages.START + "/gender";

    GenderView(EqualityDraft draft) {
        super(draft, Question.GENDER_SAME_AS_AT_BIRTH);
    }
}
