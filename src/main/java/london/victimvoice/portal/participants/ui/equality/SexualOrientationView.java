package london.victimvoice.portal.participants.ui.equality;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;

/** Sexual orientation; "Other sexual orientation" has no free text, so nothing identifying is typed. */
@Route(value = SexualOrientationView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class SexualOrientationView extends QuestionView {

    static final String PATH = EqualityPages.START + "/sexual-orientation";

    SexualOrientationView(EqualityDraft draft) {
        super(draft, Question.SEXUAL_ORIENTATION);
    }
}
