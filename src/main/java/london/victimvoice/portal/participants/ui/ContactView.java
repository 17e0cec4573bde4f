package london.victimvoice.portal.participants.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.EmailAddress;
import london.victimvoice.portal.base.Parsed;
import london.victimvoice.portal.base.PhoneNumber;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;

/**
 * Step 2: a UK mobile, an email address, or both. A code is sent to one of them next, so a
 * landline alone is not enough: it cannot get text messages.
 */
@Route(value = ContactView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class ContactView extends Div implements HasDynamicTitle {

    static final String PATH = "join/contact";
    static final String NEXT = "join/verify";

    private final SignUpDraft draft;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextField mobile = new TextField();
    private final TextField email = new TextField();

    ContactView(SignUpDraft draft) {
        this.draft = draft;
        addClassName("question-page");
        var back = new Anchor(AboutYouView.PATH, getTranslation("form.back"));
        back.addClassName("back-link");

        mobile.setId("mobile");
        mobile.setLabel(getTranslation("join.contact.mobile"));
        mobile.setHelperText(getTranslation("join.contact.mobileHint"));
        mobile.setAutocomplete(Autocomplete.TEL);
        mobile.getElement().setAttribute("inputmode", "tel");
        mobile.setValue(draft.mobile);

        email.setId("email");
        email.setLabel(getTranslation("join.contact.email"));
        email.setHelperText(getTranslation("join.contact.emailHint"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("spellcheck", "false");
        email.setValue(draft.email);

        var next = new Button(getTranslation("form.continue"), e -> next());
        next.addClassName("button-primary");
        next.setId("continue");
        var actions = new Div(next);
        actions.addClassName("form-actions");

        add(back, errors, new H1(getTranslation("join.contact.heading")),
                new Paragraph(getTranslation("join.contact.intro")), mobile, email, actions);
    }

    private void next() {
        draft.mobile = mobile.getValue();
        draft.email = email.getValue();
        errors.clear();
        var hasMobile = !mobile.getValue().isBlank();
        var hasEmail = !email.getValue().isBlank();
        if (!hasMobile && !hasEmail) {
            errors.add(mobile, getTranslation("join.contact.error.none"));
        }
        if (hasMobile && PhoneNumber.parseForSms(mobile.getValue()) instanceof Parsed.Refused<?> refused) {
            errors.add(mobile, getTranslation(refused.errorKey(), refused.errorArguments().toArray()));
        }
        if (hasEmail && EmailAddress.parse(email.getValue()) instanceof Parsed.Refused<?> refused) {
            errors.add(email, getTranslation(refused.errorKey(), refused.errorArguments().toArray()));
        }
        if (errors.hasErrors()) {
            errors.show();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(NEXT));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, errors.hasErrors() ? "join.contact.titleWithErrors" : "join.contact.title");
    }
}
