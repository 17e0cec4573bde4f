package london.victimvoice.portal.participants.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.EmailAddress;
import london.victimvoice.portal.base.Parsed;
import london.victimvoice.portal.base.PhoneNumber;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.messaging.MessageSendException;
import london.victimvoice.portal.participants.ParticipantSignIn;
import london.victimvoice.portal.security.ParticipantSessions;

/**
 * Participants sign in with a code sent to the mobile or email they signed up with; there is
 * no password. Someone part-way through signing up signs in the same way and carries on where
 * they stopped. The page never says whether a number or address is registered.
 */
@Route(value = SignInView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class SignInView extends Div implements HasDynamicTitle {

    static final String PATH = "sign-in";

    private final ParticipantSignIn signIn;
    private final ParticipantSessions sessions;
    private final SignUpDraft draft;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextField contact = new TextField();
    private final Button send = new Button();
    private final CodeEntry enterCode = new CodeEntry(this::checkCode);
    /** Where the last code went, so Continue checks the code against what it was sent to. */
    private Contact sentTo;

    SignInView(ParticipantSignIn signIn, ParticipantSessions sessions, SignUpDraft draft) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.draft = draft;
        this.sentTo = new Contact(london.victimvoice.portal.messaging.ChannelType.SMS, "", "");
        addClassName("question-page");

        contact.setId("contact");
        contact.setLabel(getTranslation("participantSignIn.contact"));
        contact.setHelperText(getTranslation("participantSignIn.contactHint"));
        contact.getElement().setAttribute("autocomplete", "username");
        contact.getElement().setAttribute("spellcheck", "false");
        contact.getElement().setAttribute("autocapitalize", "none");

        send.setText(getTranslation("join.verify.send"));
        send.setId("send-code");
        send.addClassName("button-primary");
        send.addClickListener(e -> sendCode());
        var actions = new Div(send);
        actions.addClassName("form-actions");

        var register = new Paragraph(getTranslation("participantSignIn.notRegistered") + " ");
        register.add(new Anchor("join", getTranslation("participantSignIn.register")));
        add(errors, new H1(getTranslation("participantSignIn.heading")),
                new Paragraph(getTranslation("participantSignIn.intro")), contact, actions, enterCode,
                new H2(getTranslation("participantSignIn.newHeading")), register);
    }

    private void sendCode() {
        errors.clear();
        var typed = contact.getValue().strip();
        var parsed = parse(typed);
        if (parsed.isEmpty()) {
            showErrors();
            return;
        }
        var to = parsed.get();
        var request = VaadinRequest.getCurrent();
        var ip = request == null ? "unknown" : request.getRemoteAddr();
        try {
            var result = signIn.sendCode(to.channel(), to.recipient(), ip);
            if (!result.sent()) {
                enterCode.refused(errors, result);
                showErrors();
                return;
            }
            sentTo = to;
            showErrors();
            send.setText(getTranslation("join.verify.sendAgain"));
            enterCode.sent(getTranslation("participantSignIn.sent", to.shown()), result);
        } catch (MessageSendException e) {
            errors.add(contact, getTranslation("participantSignIn.error.notSent"));
            showErrors();
        }
    }

    /** A phone number (for a text) or an email address; anything else is an error on the field. */
    private Optional<Contact> parse(String typed) {
        if (typed.isEmpty()) {
            errors.add(contact, getTranslation("participantSignIn.error.empty"));
            return Optional.empty();
        }
        if (typed.contains("@")) {
            if (EmailAddress.parse(typed) instanceof Parsed.Refused<?> refused) {
                errors.add(contact, getTranslation(refused.errorKey(), refused.errorArguments().toArray()));
                return Optional.empty();
            }
            return Contact.email(typed);
        }
        if (PhoneNumber.parseForSms(typed) instanceof Parsed.Refused<?> refused) {
            errors.add(contact, getTranslation(refused.errorKey(), refused.errorArguments().toArray()));
            return Optional.empty();
        }
        return Contact.sms(typed);
    }

    private void checkCode() {
        errors.clear();
        var result = signIn.verify(sentTo.channel(), sentTo.recipient(), enterCode.typed());
        if (!result.check().verified()) {
            enterCode.wrong(errors, result.check());
            showErrors();
            return;
        }
        if (result.participant() != null) {
            draft.clear();
            sessions.signIn(result.participant());
            // A full load, so every part of the page (the header too) shows them signed in.
            getUI().ifPresent(ui -> ui.getPage().setLocation(HomeView.PATH));
            return;
        }
        if (result.draft() != null) {
            draft.resume(sentTo.channel(), sentTo.recipient(), result.draft());
            getUI().ifPresent(ui -> ui.navigate(draft.resumeAt()));
        }
    }

    private void showErrors() {
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "participantSignIn.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
