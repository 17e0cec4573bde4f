package london.victimvoice.portal.participants.ui;

import java.util.LinkedHashSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.participants.ui.equality.EqualityDraft;
import london.victimvoice.portal.participants.EqualityAnswers;
import london.victimvoice.portal.participants.ForumPlaces;
import london.victimvoice.portal.participants.RegistrationReceipt;
import london.victimvoice.portal.participants.SignUpRefused;
import london.victimvoice.portal.participants.SignUps;

/**
 * Step 8: everything on one page with a "Change" link to each answer, then send. Nothing is
 * stored until this page is sent; a refusal keeps every answer.
 */
@Route(value = CheckAnswersView.PATH, layout = ParticipantLayout.class)
@AnonymousAllowed
class CheckAnswersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "join/check";

    private final SignUpDraft draft;
    private final EqualityDraft equality;
    private final SignUps signUps;
    private final ForumPlaces places;
    private final ErrorSummary errors = new ErrorSummary();
    private final SummaryList answers = new SummaryList();
    private final Div ready = new Div();
    private final Div notReady = new Div();

    CheckAnswersView(SignUpDraft draft, EqualityDraft equality, SignUps signUps, ForumPlaces places) {
        this.draft = draft;
        this.equality = equality;
        this.signUps = signUps;
        this.places = places;
        var send = new Button(getTranslation("join.check.send"), e -> send());
        send.setId("send");
        send.addClassName("button-primary");
        var actions = new Div(send);
        actions.addClassName("form-actions");
        ready.add(new H2(getTranslation("join.check.answersHeading")), answers,
                new H2(getTranslation("join.check.sendHeading")), new Paragraph(getTranslation("join.check.sendBody")),
                actions);
        notReady.add(new Paragraph(getTranslation("join.check.notReady")),
                new Paragraph(new Anchor("join", getTranslation("join.check.startAgain"))));
        add(errors, new H1(getTranslation("join.check.heading")), ready, notReady);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var complete = draft.verifiedRecipient != null && !draft.forumCodes.isEmpty();
        ready.setVisible(complete);
        notReady.setVisible(!complete);
        if (complete) {
            showAnswers();
        }
    }

    private void showAnswers() {
        answers.removeAll();
        row("join.check.row.name", draft.chosenName, AboutYouView.PATH);
        row("join.check.row.fullName", draft.fullName.isBlank() ? getTranslation("join.check.notGiven") : draft.fullName,
                AboutYouView.PATH);
        row("join.check.row.mobile", draft.mobile.isBlank() ? getTranslation("join.check.notGiven") : draft.mobile,
                ContactView.PATH);
        row("join.check.row.email", draft.email.isBlank() ? getTranslation("join.check.notGiven") : draft.email,
                ContactView.PATH);
        var waitingList = places.waitingListOnly(draft.forumCodes);
        row("join.check.row.forums", draft.forumCodes.stream().map(c -> waitingList.contains(c)
                ? getTranslation("join.check.forumWaitingList", getTranslation("forum." + c + ".name"))
                : getTranslation("forum." + c + ".name")).collect(Collectors.joining("\n")), VerifyView.NEXT);
        SafetyRows.add(answers, draft.safety(), ForumsStepView.NEXT + "?" + QuestionPage.CHANGE);
        row("join.check.row.equality", getTranslation(!equality.answers().equals(EqualityAnswers.skipped()) ? "join.check.equalityAnswered"
                : "join.check.equalitySkipped"), HeardFromView.NEXT);
    }

    private void row(String keyKey, String value, String changePath) {
        answers.row(getTranslation(keyKey), value, changePath + "?" + QuestionPage.CHANGE,
                getTranslation("join.check.change"));
    }

    private void send() {
        errors.clear();
        RegistrationReceipt receipt;
        try {
            receipt = signUps.submit(RegistrationFromDraft.of(draft, equality));
        } catch (SignUpRefused refused) {
            errors.add(getTranslation(refused.messageKey(), refused.arguments().toArray()));
            errors.show();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            return;
        }
        // The draft has done its job; nothing typed stays in the session once it is stored.
        draft.clear();
        equality.clear();
        draft.waitingListWhenSent = new LinkedHashSet<>(receipt.waitingList());
        getUI().ifPresent(ui -> ui.navigate(ConfirmationView.PATH));
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "join.check.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
