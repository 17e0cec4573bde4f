package london.victimvoice.portal.participants.ui.equality;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;

import london.victimvoice.portal.base.ui.PageTitles;

/**
 * One equality question on its own page, as GOV.UK asks them. Every question is optional:
 * Continue with nothing chosen simply moves on. The question is the page heading, and it also
 * names the radio group, so screen readers do not hear it twice.
 */
abstract class QuestionView extends Div implements HasDynamicTitle {

    private final EqualityDraft draft;
    private final Question question;
    private final RadioButtonGroup<String> choices = new RadioButtonGroup<>();

    QuestionView(EqualityDraft draft, Question question) {
        this.draft = draft;
        this.question = question;
        addClassName("question-page");
        var back = new Anchor(question.previous(draft), getTranslation("form.back"));
        back.addClassName("back-link");
        var caption = new Paragraph(getTranslation("join.equality.caption"));
        caption.addClassName("caption");
        add(back, caption);
        if (question.asked(draft)) {
            addQuestion();
        } else {
            addWayBack();
        }
    }

    private void addQuestion() {
        var heading = new H1(getTranslation(question.questionKey(draft)));
        heading.setId("question");
        choices.setId("answer");
        choices.setAriaLabelledBy("question");
        choices.setItems(question.choices(draft));
        choices.setItemLabelGenerator(code -> getTranslation(question.labelKey(code)));
        choices.setValue(draft.answer(question));

        var next = new Button(getTranslation("form.continue"), e -> next());
        next.addClassName("button-primary");
        next.setId("continue");
        var actions = new Div(next);
        actions.addClassName("form-actions");
        add(heading, choices, actions);
    }

    /** Opened without the answer it follows on from (a bookmark, or the session ended). */
    private void addWayBack() {
        add(new H1(getTranslation(question.titleKey())),
                new Paragraph(getTranslation("join.equality.notAsked")),
                new Paragraph(new Anchor(question.previous(draft), getTranslation("join.equality.notAskedLink"))));
    }

    private void next() {
        draft.answer(question, choices.getValue());
        getUI().ifPresent(ui -> ui.navigate(question.next(draft)));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, question.titleKey());
    }
}
