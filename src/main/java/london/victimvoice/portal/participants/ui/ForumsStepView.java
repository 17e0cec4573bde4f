package london.victimvoice.portal.participants.ui;

import java.util.LinkedHashSet;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumSummary;

/** Step 4: which forums. People say who they are; nobody is asked for proof. More than one is fine. */
@Route(value = VerifyView.NEXT, layout = ParticipantLayout.class)
@AnonymousAllowed
class ForumsStepView extends QuestionPage {

    static final String NEXT = "join/safety";

    private final SignUpDraft draft;
    private final CheckboxGroup<ForumSummary> forums = new CheckboxGroup<>();

    ForumsStepView(SignUpDraft draft, ForumDirectory directory) {
        super(draft, "join.forums.heading", ContactView.NEXT, NEXT);
        this.draft = draft;
        forums.setId("forums");
        forums.setLabel(getTranslation("join.forums.question"));
        forums.setHelperText(getTranslation("join.forums.hint"));
        var all = directory.all();
        forums.setItems(all);
        forums.setItemLabelGenerator(f -> getTranslation(f.nameKey()) + " – " + getTranslation(f.descriptionKey()));
        forums.setValue(new LinkedHashSet<>(all.stream().filter(f -> draft.forumCodes.contains(f.code())).toList()));
        addQuestions(new Paragraph(getTranslation("join.forums.intro")), forums);
    }

    @Override
    void save() {
        draft.forumCodes = forums.getValue().stream().map(ForumSummary::code).collect(
                java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        if (draft.forumCodes.isEmpty()) {
            errors.add(forums, getTranslation("join.forums.error.none"));
        }
    }
}
