package london.victimvoice.portal.participants.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ChosenName;
import london.victimvoice.portal.base.FullName;
import london.victimvoice.portal.base.Parsed;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;

/** Step 1: the name we should use, an optional full name, and how they heard about the forums. */
@Route(value = AboutYouView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class AboutYouView extends Div implements HasDynamicTitle {

    static final String PATH = "join/about-you";

    private final SignUpDraft draft;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextField chosenName = new TextField();
    private final TextField fullName = new TextField();
    private final RadioButtonGroup<HeardFrom> heardFrom = new RadioButtonGroup<>();

    AboutYouView(SignUpDraft draft) {
        this.draft = draft;
        addClassName("question-page");
        var back = new Anchor("join", getTranslation("form.back"));
        back.addClassName("back-link");

        chosenName.setId("chosen-name");
        chosenName.setLabel(getTranslation("join.aboutYou.chosenName"));
        chosenName.setHelperText(getTranslation("join.aboutYou.chosenNameHint"));
        chosenName.setAutocomplete(Autocomplete.NICKNAME);
        chosenName.setValue(draft.chosenName);

        fullName.setId("full-name");
        fullName.setLabel(getTranslation("join.aboutYou.fullName") + " " + getTranslation("form.optional"));
        fullName.setAutocomplete(Autocomplete.NAME);
        fullName.setValue(draft.fullName);

        heardFrom.setId("heard-from");
        heardFrom.setLabel(getTranslation("join.aboutYou.heardFrom") + " " + getTranslation("form.optional"));
        heardFrom.setItems(Arrays.asList(HeardFrom.values()));
        heardFrom.setItemLabelGenerator(h -> getTranslation(h.labelKey()));
        heardFrom.setValue(draft.heardFrom);

        var next = new Button(getTranslation("form.continue"), e -> next());
        next.addClassName("button-primary");
        next.setId("continue");
        var actions = new Div(next);
        actions.addClassName("form-actions");

        add(back, errors, new H1(getTranslation("join.aboutYou.heading")), chosenName, fullName, heardFrom, actions);
    }

    private void next() {
        // Keep what was typed whatever happens next, so nothing is lost on an error or on Back.
        draft.chosenName = chosenName.getValue();
        draft.fullName = fullName.getValue();
        draft.heardFrom = heardFrom.getValue();
        errors.clear();
        if (ChosenName.parse(chosenName.getValue()) instanceof Parsed.Refused<?> refused) {
            errors.add(chosenName, getTranslation(refused.errorKey(), refused.errorArguments().toArray()));
        }
        if (FullName.parseOptional(fullName.getValue()) instanceof Parsed.Refused<?> refused) {
            errors.add(fullName, getTranslation(refused.errorKey(), refused.errorArguments().toArray()));
        }
        if (errors.hasErrors()) {
            errors.show();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(ContactView.PATH));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, errors.hasErrors() ? "join.aboutYou.titleWithErrors" : "join.aboutYou.title");
    }
}
