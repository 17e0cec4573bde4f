package london.victimvoice.portal.participants.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;

/**
 * A GOV.UK question page: Back link, error summary, heading, the questions, Continue. Opened
 * from "Check your answers" (with {@code ?change}), Continue goes back there instead of on.
 */
abstract class QuestionPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHANGE = "change";

    final ErrorSummary errors = new ErrorSummary();
    private final SignUpDraft draft;
    private final String titleKey;
    private final String nextPath;
    private final Div questions = new Div();
    private boolean changing;

    QuestionPage(SignUpDraft draft, String titleKey, String backPath, String nextPath) {
        this.draft = draft;
        this.titleKey = titleKey;
        this.nextPath = nextPath;
        addClassName("question-page");
        var back = new Anchor(backPath, getTranslation("form.back"));
        back.addClassName("back-link");
        var next = new Button(getTranslation("form.continue"), e -> next());
        next.addClassName("button-primary");
        next.setId("continue");
        var actions = new Div(next);
        actions.addClassName("form-actions");
        add(back, errors, new H1(getTranslation(titleKey)), questions, actions);
    }

    void addQuestions(Component... components) {
        questions.add(components);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        changing = event.getLocation().getQueryParameters().getParameters().containsKey(CHANGE);
    }

    /** Saves what was typed to the draft and adds any errors; nothing else. */
    abstract void save();

    private void next() {
        errors.clear();
        save();
        if (errors.hasErrors()) {
            errors.show();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            return;
        }
        // Once the contact is proved, every answered step is kept, so nothing is lost if the
        // session ends: they sign in and carry on.
        draft.keep();
        getUI().ifPresent(ui -> ui.navigate(nextPath(changing)));
    }

    /** Where Continue goes once the answers are fine. */
    String nextPath(boolean changing) {
        return changing ? CheckAnswersView.PATH : nextPath;
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, titleKey);
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
