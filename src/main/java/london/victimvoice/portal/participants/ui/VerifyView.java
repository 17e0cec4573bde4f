package london.victimvoice.portal.participants.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.security.CodeSendResult;
import london.victimvoice.portal.security.OneTimeCodes;

/**
 * Step 3: prove the phone or email is theirs with a 6-digit code. The person picks where the
 * code goes when they gave both; the code field accepts paste and the phone's code autofill.
 */
@Route(value = ContactView.NEXT, layout = ParticipantLayout.class)
@AnonymousAllowed
class VerifyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEXT = "join/forums";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Europe/London"));

    private final SignUpDraft draft;
    private final OneTimeCodes codes;
    private final ErrorSummary errors = new ErrorSummary();
    private final RadioButtonGroup<Contact> where = new RadioButtonGroup<>();
    private final TextField code = new TextField();
    private final Paragraph sentTo = new Paragraph();
    private final Paragraph sendAgainHint = new Paragraph();
    private final Div enterCode = new Div();
    private final Button send = new Button();
    private final Div form = new Div();
    private final Div missing = new Div();

    VerifyView(SignUpDraft draft, OneTimeCodes codes) {
        this.draft = draft;
        this.codes = codes;
        addClassName("question-page");
        var back = new Anchor(ContactView.PATH, getTranslation("form.back"));
        back.addClassName("back-link");

        where.setId("where");
        where.setLabel(getTranslation("join.verify.where"));
        where.setItemLabelGenerator(c -> getTranslation(c.channel() == ChannelType.SMS ? "join.verify.bySms"
                : "join.verify.byEmail", c.shown()));

        send.setText(getTranslation("join.verify.send"));
        send.setId("send-code");
        send.addClassName("button-primary");
        send.addClickListener(e -> sendCode());

        code.setId("code");
        code.setLabel(getTranslation("join.verify.code"));
        code.setHelperText(getTranslation("join.verify.codeHint"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("spellcheck", "false");
        var check = new Button(getTranslation("form.continue"), e -> checkCode());
        check.setId("continue");
        check.addClassName("button-primary");
        sentTo.getElement().setAttribute("role", "status");
        sendAgainHint.addClassName("hint");
        var actions = new Div(check);
        actions.addClassName("form-actions");
        enterCode.add(sentTo, code, actions, sendAgainHint);
        enterCode.setVisible(false);

        var sendActions = new Div(send);
        sendActions.addClassName("form-actions");
        form.add(new Paragraph(getTranslation("join.verify.intro")), where, sendActions, enterCode);
        missing.add(new Paragraph(getTranslation("join.verify.noContact")),
                new Paragraph(new Anchor(ContactView.PATH, getTranslation("join.verify.noContactLink"))));
        missing.setVisible(false);
        add(back, errors, new H1(getTranslation("join.verify.heading")), form, missing);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var contacts = new ArrayList<Contact>();
        Contact.sms(draft.mobile).ifPresent(contacts::add);
        Contact.email(draft.email).ifPresent(contacts::add);
        if (contacts.isEmpty()) {
            // Arrived without a contact (a bookmark, or the session ended): say so, keep the way on.
            form.setVisible(false);
            missing.setVisible(true);
            return;
        }
        where.setItems(contacts);
        where.setValue(contacts.getFirst());
        where.setVisible(contacts.size() > 1);
    }

    private void sendCode() {
        errors.clear();
        var contact = where.getValue();
        var request = VaadinRequest.getCurrent();
        var ip = request == null ? "unknown" : request.getRemoteAddr();
        var result = codes.send(contact.channel(), contact.recipient(), ip);
        var again = TIME.format(result.sendAgainFrom());
        if (!result.sent()) {
            errors.add(getTranslation(refusalKey(result.outcome()), again));
            showErrors();
            return;
        }
        showErrors();
        sentTo.setText(getTranslation("join.verify.sent", contact.shown()));
        sendAgainHint.setText(getTranslation("join.verify.sendAgainFrom", again));
        send.setText(getTranslation("join.verify.sendAgain"));
        enterCode.setVisible(true);
        code.clear();
        code.focus();
    }

    private void checkCode() {
        errors.clear();
        var contact = where.getValue();
        var result = codes.verify(contact.channel(), contact.recipient(), code.getValue());
        switch (result.outcome()) {
            case VERIFIED -> {
                draft.verifiedChannel = contact.channel();
                draft.verifiedRecipient = contact.recipient();
                // Coming back after changing a contact: the later answers are all still there.
                getUI().ifPresent(ui -> ui.navigate(draft.forumCodes.isEmpty() ? NEXT : CheckAnswersView.PATH));
                return;
            }
            case WRONG -> errors.add(code, result.triesLeft() > 0
                    ? getTranslation("join.verify.error.wrong", result.triesLeft())
                    : getTranslation("join.verify.error.lastTryUsed"));
            case EXPIRED -> errors.add(code, getTranslation("join.verify.error.expired"));
            case TOO_MANY_TRIES -> errors.add(code, getTranslation("join.verify.error.tooManyTries"));
            case NO_CODE -> errors.add(code, getTranslation("join.verify.error.noCode"));
        }
        showErrors();
    }

    /** Shows any errors and names them in the page title too, as the question pages do. */
    private void showErrors() {
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private static String refusalKey(CodeSendResult.Outcome outcome) {
        return switch (outcome) {
            case COOLDOWN -> "join.verify.error.cooldown";
            case TOO_MANY_FOR_CONTACT -> "join.verify.error.tooManyForContact";
            case TOO_MANY_FROM_IP -> "join.verify.error.tooManyFromIp";
            case SENT -> throw new IllegalArgumentException("not a refusal");
        };
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "join.verify.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
