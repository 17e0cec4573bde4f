package london.victimvoice.portal.participants.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.participants.ui.equality.EqualityDraft;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.EqualityAnswers;
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
    private final ErrorSummary errors = new ErrorSummary();
    private final DescriptionList answers = new DescriptionList();
    private final Div ready = new Div();
    private final Div notReady = new Div();

    CheckAnswersView(SignUpDraft draft, EqualityDraft equality, SignUps signUps) {
        this.draft = draft;
        this.equality = equality;
        this.signUps = signUps;
        answers.addClassName("summary-list");
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
        row("join.check.row.forums", draft.forumCodes.stream().map(c -> getTranslation("forum." + c + ".name"))
                .collect(Collectors.joining("\n")), VerifyView.NEXT);
        row("join.check.row.channels", draft.safeChannels.stream()
                .map(c -> getTranslation("join.safety.channel." + c.name())).collect(Collectors.joining("\n")),
                ForumsStepView.NEXT);
        row("join.check.row.when", draft.safeDays.stream().map(d -> getTranslation("day." + d.name()))
                .collect(Collectors.joining(", ")) + "\n" + draft.safeTimes.stream()
                .map(t -> getTranslation(t.labelKey())).collect(Collectors.joining("\n")),
                ForumsStepView.NEXT);
        row("join.check.row.discreet", getTranslation(draft.discreetMessages ? "join.safety.discreet.yes"
                : "join.safety.discreet.no"), ForumsStepView.NEXT);
        row("join.check.row.needs", draft.accessNeeds.isEmpty() ? getTranslation("join.check.notGiven")
                : draft.accessNeeds.stream().map(n -> n == AccessNeed.OTHER ? draft.accessNeedsOther
                        : getTranslation(n.labelKey())).collect(Collectors.joining("\n")),
                ForumsStepView.NEXT);
        row("join.check.row.equality", getTranslation(!equality.answers().equals(EqualityAnswers.skipped()) ? "join.check.equalityAnswered"
                : "join.check.equalitySkipped"), SafetyStepView.NEXT);
    }

    private void row(String keyKey, String value, String changePath) {
        var change = new Anchor(changePath + "?" + QuestionPage.CHANGE, "");
        change.add(new Span(getTranslation("join.check.change")));
        var hidden = new Span(" " + getTranslation(keyKey));
        hidden.addClassName("visually-hidden");
        change.add(hidden);
        var row = new Div(
                new DescriptionList.Term(getTranslation(keyKey)),
                new DescriptionList.Description(value),
                new DescriptionList.Description(change));
        row.addClassName("summary-list__row");
        row.getChildren().toList().get(0).getElement().getClassList().add("summary-list__key");
        row.getChildren().toList().get(1).getElement().getClassList().add("summary-list__value");
        row.getChildren().toList().get(2).getElement().getClassList().add("summary-list__actions");
        answers.add(row);
    }

    private void send() {
        errors.clear();
        try {
            signUps.submit(RegistrationFromDraft.of(draft, equality));
        } catch (SignUpRefused refused) {
            errors.add(getTranslation(refused.messageKey(), refused.arguments().toArray()));
            errors.show();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            return;
        }
        // The draft has done its job; nothing typed stays in the session once it is stored.
        draft.clear();
        equality.clear();
        getUI().ifPresent(ui -> ui.navigate(ConfirmationView.PATH));
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "join.check.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
