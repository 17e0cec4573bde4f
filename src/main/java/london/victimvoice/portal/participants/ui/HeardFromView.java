package london.victimvoice.portal.participants.ui;

import java.util.Arrays;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;

/**
 * "How did you hear about the forums?", optional, on its own page (one question a page, as
 * GOV.UK asks). It comes after the questions that matter to the person, and a partner's referral
 * link has already answered it. It used to sit on the first page, where its radio group was what
 * kept that page below the performance goal on a slow phone.
 */
@Route(value = SafetyStepView.NEXT, layout = ParticipantLayout.class)
@AnonymousAllowed
class HeardFromView extends QuestionPage {

    static final String NEXT = "join/equality";

    private final SignUpDraft draft;
    private final RadioButtonGroup<HeardFrom> heardFrom = new RadioButtonGroup<>();

    HeardFromView(SignUpDraft draft) {
        super(draft, "join.heardFrom.heading", ForumsStepView.NEXT, NEXT);
        this.draft = draft;
        heardFrom.setId("heard-from");
        heardFrom.setLabel(getTranslation("join.aboutYou.heardFrom") + " " + getTranslation("form.optional"));
        heardFrom.setItems(Arrays.asList(HeardFrom.values()));
        heardFrom.setItemLabelGenerator(h -> getTranslation(h.labelKey()));
        heardFrom.setValue(draft.heardFrom);
        addQuestions(heardFrom);
    }

    @Override
    void save() {
        draft.heardFrom = heardFrom.getValue();
    }
}
