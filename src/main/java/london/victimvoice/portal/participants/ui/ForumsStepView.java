package london.victimvoice.portal.participants.ui;

import java.util.LinkedHashSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.participants.ForumAvailability;
import london.victimvoice.portal.participants.ForumPlaces;

/**
 * Step 4: which forums. People say who they are; nobody is asked for proof. More than one is fine.
 * Every forum can be chosen; one with no place free says so, and offers its waiting list instead.
 */
@Route(value = VerifyView.NEXT, layout = ParticipantLayout.class)
@AnonymousAllowed
class ForumsStepView extends QuestionPage {

    static final String NEXT = "join/safety";

    private final SignUpDraft draft;
    private final CheckboxGroup<ForumAvailability> forums = new CheckboxGroup<>();

    ForumsStepView(SignUpDraft draft, ForumPlaces places) {
        super(draft, "join.forums.heading", ContactView.NEXT, NEXT);
        this.draft = draft;
        forums.setId("forums");
        forums.setLabel(getTranslation("join.forums.question"));
        forums.setHelperText(getTranslation("join.forums.hint"));
        var all = places.all();
        forums.setItems(all);
        forums.setItemLabelGenerator(this::label);
        forums.setValue(new LinkedHashSet<>(all.stream().filter(f -> draft.forumCodes.contains(f.code())).toList()));
        addQuestions(new Paragraph(getTranslation("join.forums.intro")), forums);
    }

    private String label(ForumAvailability f) {
        var key = f.hasPlace() ? "join.forums.option"
                : f.full() ? "join.forums.option.full" : "join.forums.option.closed";
        return getTranslation(key, getTranslation(f.forum().nameKey()), f.forum().description() != null ? f.forum().description()
                : getTranslation(f.forum().descriptionKey()));
    }

    @Override
    void save() {
        draft.forumCodes = forums.getValue().stream().map(ForumAvailability::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (draft.forumCodes.isEmpty()) {
            errors.add(forums, getTranslation("join.forums.error.none"));
        }
    }
}
