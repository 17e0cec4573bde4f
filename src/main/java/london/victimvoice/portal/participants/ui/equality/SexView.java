package london.victimvoice.portal.participants.ui.equality;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;

/** Sex, female or male, as the GSS harmonised question asks it. */
@Route(value = SexView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class SexView extends QuestionView {

    static final String PATH = EqualityPages.START + "/sex";

    SexView(EqualityDraft draft) {
        super(draft, Question.SEX);
    }
}
