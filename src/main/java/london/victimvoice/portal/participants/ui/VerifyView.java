package london.victimvoice.portal.participants.ui;

import java.util.ArrayList;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
import london.victimvoice.portal.participants.ParticipantSignIn;
import london.victimvoice.portal.security.ParticipantSessions;
import london.victimvoice.portal.security.OneTimeCodes;

/**
 * Step 3: prove the phone or email is theirs with a 6-digit code. The person picks where the
 * code goes when they gave both; the code field accepts paste and the phone's code autofill.
 */
@Route(value = ContactView.NEXT, layout = ParticipantLayout.class)
@AnonymousAllowed
class VerifyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEXT = "join/forums";

    private final SignUpDraft draft;
    private final OneTimeCodes codes;
    private final ParticipantSignIn signIn;
    private final ParticipantSessions sessions;
    private final ErrorSummary errors = new ErrorSummary();
    private final RadioButtonGroup<Contact> where = new RadioButtonGroup<>();
    private final CodeEntry enterCode = new CodeEntry(this::checkCode);
    private final Button send = new Button();
    private final Div form = new Div();
    private final Div missing = new Div();

    VerifyView(SignUpDraft draft, OneTimeCodes codes, ParticipantSignIn signIn, ParticipantSessions sessions) {
        this.draft = draft;
        this.codes = codes;
        this.signIn = signIn;
        this.sessions = sessions;
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
        if (!result.sent()) {
            enterCode.refused(errors, result);
            showErrors();
            return;
        }
        showErrors();
        send.setText(getTranslation("join.verify.sendAgain"));
        enterCode.sent(getTranslation("join.verify.sent", contact.shown()), result);
    }

    private void checkCode() {
        errors.clear();
        var contact = where.getValue();
        var result = codes.verify(contact.channel(), contact.recipient(), enterCode.typed());
        if (!result.verified()) {
            enterCode.wrong(errors, result);
            showErrors();
            return;
        }
        var registered = signIn.registered(contact.channel(), contact.recipient());
        if (registered.isPresent()) {
            // They signed up before with this contact: nothing to register twice, so sign them in.
            draft.clear();
            sessions.signIn(registered.get());
            getUI().ifPresent(ui -> ui.getPage().setLocation(HomeView.PATH + "?" + HomeView.ALREADY_REGISTERED));
            return;
        }
        draft.verifiedChannel = contact.channel();
        draft.verifiedRecipient = contact.recipient();
        draft.keep();
        // Coming back after changing a contact: the later answers are all still there.
        getUI().ifPresent(ui -> ui.navigate(draft.forumCodes.isEmpty() ? NEXT : CheckAnswersView.PATH));
    }

    /** Shows any errors and names them in the page title too, as the question pages do. */
    private void showErrors() {
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "join.verify.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
