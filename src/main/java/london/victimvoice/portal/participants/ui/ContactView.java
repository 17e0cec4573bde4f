package london.victimvoice.portal.participants.ui;

import java.util.Objects;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.EmailAddress;
import london.victimvoice.portal.base.Parsed;
import london.victimvoice.portal.base.PhoneNumber;
import london.victimvoice.portal.base.ui.ParticipantLayout;

/**
 * Step 2: a UK mobile, an email address, or both. A code is sent to one of them next, so a
 * landline alone is not enough: it cannot get text messages.
 */
@Route(value = ContactView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class ContactView extends QuestionPage {

    static final String PATH = "join/contact";
    static final String NEXT = "join/verify";

    private final SignUpDraft draft;
    private final TextField mobile = new TextField();
    private final TextField email = new TextField();

    ContactView(SignUpDraft draft) {
        super(draft, "join.contact.heading", AboutYouView.PATH, NEXT);
        this.draft = draft;

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

        addQuestions(new Paragraph(getTranslation("join.contact.intro")), mobile, email);
    }

    @Override
    void save() {
        draft.mobile = mobile.getValue();
        draft.email = email.getValue();
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
    }

    /** A contact already proved by a code need not be proved again; a new one must be. */
    @Override
    String nextPath(boolean changing) {
        var stillProved = Stream.of(Contact.sms(draft.mobile), Contact.email(draft.email))
                .flatMap(java.util.Optional::stream)
                .anyMatch(c -> c.channel() == draft.verifiedChannel && Objects.equals(c.recipient(), draft.verifiedRecipient));
        if (!stillProved) {
            // The copy kept under the old contact would let that contact resume someone else's answers.
            draft.forgetKept();
            draft.verifiedChannel = null;
            draft.verifiedRecipient = null;
            return NEXT;
        }
        return changing ? CheckAnswersView.PATH : VerifyView.NEXT;
    }
}
