package london.victimvoice.portal.participants.ui.equality;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;

/**
 * Step 6: why we ask equality questions, how the answers are kept, and the choice to answer
 * them or skip them (the GOV.UK equality information pattern).
 */
@Route(value = EqualityPages.START, layout = ParticipantLayout.class)
@AnonymousAllowed
class EqualityStartView extends Div implements HasDynamicTitle {

    EqualityStartView(EqualityDraft draft) {
        addClassName("question-page");
        var back = new Anchor(EqualityPages.BACK, getTranslation("form.back"));
        back.addClassName("back-link");

        var answer = new Anchor(Question.AGE.path(), getTranslation("join.equality.start.answer"));
        answer.setId("answer-questions");
        // Styled as a button but kept a plain link: it only goes to a page, and with role=button
        // people would expect Space to press it.
        answer.addClassName("button-primary");
        // Skipping withdraws any answers given earlier: someone who changes their mind about
        // sharing them should not have to go back through every question to take them out.
        var skip = new Button(getTranslation("join.equality.start.skip"), e -> {
            draft.clear();
            getUI().ifPresent(ui -> ui.navigate(EqualityPages.NEXT));
        });
        skip.setId("skip");
        skip.addClassName("button-secondary");
        var actions = new Div(answer, skip);
        actions.addClassName("form-actions");
        actions.addClassName("button-group");

        add(back, new H1(getTranslation("join.equality.start.heading")),
                new Paragraph(getTranslation("join.equality.start.intro")),
                new H2(getTranslation("join.equality.start.why.heading")),
                new Paragraph(getTranslation("join.equality.start.why")),
                new H2(getTranslation("join.equality.start.optional.heading")),
                new Paragraph(getTranslation("join.equality.start.optional")),
                new H2(getTranslation("join.equality.start.kept.heading")),
                new UnorderedList(
                        new ListItem(getTranslation("join.equality.start.kept.apart")),
                        new ListItem(getTranslation("join.equality.start.kept.groups")),
                        new ListItem(getTranslation("join.equality.start.kept.staff"))),
                actions);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "join.equality.start.title");
    }
}
