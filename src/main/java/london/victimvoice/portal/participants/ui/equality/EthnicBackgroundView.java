package london.victimvoice.portal.participants.ui.equality;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;

/** Ethnic background, from the list for the group chosen on the page before. */
@Route(value = EthnicBackgroundView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class EthnicBackgroundView extends QuestionView {

    static final String PATH = EqualityPages.START + "/ethnic-background";

    EthnicBackgroundView(EqualityDraft draft) {
        super(draft, Question.ETHNIC_BACKGROUND);
    }
}
