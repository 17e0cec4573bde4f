package london.victimvoice.portal.participants.ui.equality;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;

/** Ethnic group, the first of two steps. */
@Route(value = EthnicGroupView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class EthnicGroupView extends QuestionView {

    static final String PATH = EqualityPages.START + "/ethnic-group";

    EthnicGroupView(EqualityDraft draft) {
        super(draft, Question.ETHNIC_GROUP);
    }
}
