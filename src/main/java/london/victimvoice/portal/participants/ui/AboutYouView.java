package london.victimvoice.portal.participants.ui;


import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ChosenName;
import london.victimvoice.portal.base.FullName;
import london.victimvoice.portal.base.Parsed;
import london.victimvoice.portal.base.ui.ParticipantLayout;

/** Step 1: the name we should use and an optional full name. */
@Route(value = AboutYouView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class AboutYouView extends QuestionPage {

    static final String PATH = "join/about-you";

    private final SignUpDraft draft;
    private final TextField chosenName = new TextField();
    private final TextField fullName = new TextField();

    AboutYouView(SignUpDraft draft) {
        super(draft, "join.aboutYou.heading", "join", ContactView.PATH);
        this.draft = draft;

        chosenName.setId("chosen-name");
        chosenName.setLabel(getTranslation("join.aboutYou.chosenName"));
        chosenName.setHelperText(getTranslation("join.aboutYou.chosenNameHint"));
        chosenName.setAutocomplete(Autocomplete.NICKNAME);
        chosenName.setValue(draft.chosenName);

        fullName.setId("full-name");
        fullName.setLabel(getTranslation("join.aboutYou.fullName") + " " + getTranslation("form.optional"));
        fullName.setAutocomplete(Autocomplete.NAME);
        fullName.setValue(draft.fullName);

        addQuestions(chosenName, fullName);
    }

    @Override
    void save() {
        // Kept whatever happens next, so nothing is lost on an error or on Back.
        draft.chosenName = chosenName.getValue();
        draft.fullName = fullName.getValue();
        if (ChosenName.parse(chosenName.getValue()) instanceof Parsed.Refused<?> refused) {
            errors.add(chosenName, getTranslation(refused.errorKey(), refused.errorArguments().toArray()));
        }
        if (FullName.parseOptional(fullName.getValue()) instanceof Parsed.Refused<?> refused) {
            errors.add(fullName, getTranslation(refused.errorKey(), refused.errorArguments().toArray()));
        }
    }
}
