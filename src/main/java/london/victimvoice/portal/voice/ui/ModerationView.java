package london.victimvoice.portal.voice.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ui.ConfirmDialog;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.BatchInsight;
import london.victimvoice.portal.voice.ModeratedAnswer;
import london.victimvoice.portal.voice.Moderation;
import london.victimvoice.portal.voice.ModerationBatch;
import london.victimvoice.portal.voice.ModerationRefused;
import london.victimvoice.portal.voice.ModerationStatus;
import london.victimvoice.portal.voice.RedactionSuggestions;

/**
 * One question's answers for its moderator: a count until enough answers exist, then the answers
 * in shuffled order (kept in that order while the page is open) with what looks identifying
 * highlighted, an editor to take it out, themes, leaving out, insights and submitting for
 * sign-off. Once submitted or signed off, it is read only.
 */
@Route(value = "staff/questions/:" + ModerationView.QUESTION_ID, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class ModerationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String QUESTION_ID = "questionId";
    private static final String NO_INSIGHT = "none";

    private final Moderation moderation;
    private final RedactionSuggestions suggestions;
    private final AuthenticationContext authentication;
    private ForumManager by;
    private final ErrorSummary errors = new ErrorSummary();
    private final H1 heading = new H1();
    private final Paragraph message = new Paragraph();
    private final Div content = new Div();
    private final ConfirmDialog confirm = new ConfirmDialog("submit-batch");
    private final List<UUID> order = new ArrayList<>();
    private @Nullable ModerationBatch shown;

    ModerationView(Moderation moderation, RedactionSuggestions suggestions, AuthenticationContext authentication) {
        this.moderation = moderation;
        this.suggestions = suggestions;
        this.authentication = authentication;
        this.by = manager();
        var back = new Anchor("staff/questions", getTranslation("voice.moderation.back"));
        back.addClassName("back-link");
        message.setId("moderation-message");
        message.getElement().setAttribute("role", "status");
        message.addClassName("form-status");
        content.setId("moderation");
        confirm.confirmButton().addClickListener(e -> submit());
        add(back, errors, heading, message, content, confirm);
    }

    private ForumManager manager() {
        return new ForumManager(authentication.getPrincipalName().orElse("unknown"),
                authentication.hasRole(Roles.ADMIN));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        by = manager();
        order.clear();
        var id = event.getRouteParameters().get(QUESTION_ID).flatMap(Voices::uuid);
        var batch = id.flatMap(q -> moderation.open(by, q));
        if (batch.isEmpty()) {
            shown = null;
            heading.setText(getTranslation("voice.moderation.unknown"));
            content.removeAll();
            return;
        }
        show(batch.get());
    }


    private void reload() {
        var batch = shown;
        if (batch != null) {
            moderation.open(by, batch.questionId()).ifPresent(this::show);
        }
    }

    private void show(ModerationBatch batch) {
        shown = batch;
        heading.setText(batch.title());
        content.removeAll();
        content.add(new Paragraph(batch.prompt()));
        var status = new Paragraph(getTranslation("voice.moderation.status." + batch.status().code()));
        status.setId("moderation-status");
        status.addClassName("hint");
        content.add(status);
        if (batch.status() == ModerationStatus.RETURNED && batch.returnedReason() != null) {
            var returned = new Div(new H2(getTranslation("voice.moderation.returnedHeading")),
                    new Paragraph(batch.returnedReason()));
            returned.setId("returned-reason");
            returned.addClassName("voice-notice");
            content.add(returned);
        }
        if (!batch.released()) {
            var count = new Paragraph(getTranslation("voice.moderation.notReleased", batch.answerCount(),
                    batch.threshold()));
            count.setId("answer-count");
            content.add(count);
            return;
        }
        if (order.isEmpty()) {
            batch.answers().forEach(a -> order.add(a.answer().id()));
        }
        var answers = new ArrayList<>(batch.answers());
        answers.sort(Comparator.comparingInt(a -> {
            var at = order.indexOf(a.answer().id());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        content.add(new H2(getTranslation("voice.moderation.answersHeading", batch.answerCount())));
        if (batch.editable()) {
            content.add(new Paragraph(getTranslation("voice.moderation.answersIntro")));
        }
        for (int i = 0; i < answers.size(); i++) {
            content.add(answer(batch, answers.get(i), i + 1, answers.size()));
        }
        content.add(insights(batch));
        if (batch.editable()) {
            var submit = new Button(getTranslation("voice.moderation.submit"), e -> askToSubmit());
            submit.setId("submit-batch");
            submit.addClassName("button-primary");
            content.add(new H2(getTranslation("voice.moderation.submitHeading")),
                    new Paragraph(getTranslation("voice.moderation.submitIntro")), actions(submit));
        }
    }

    private Section answer(ModerationBatch batch, ModeratedAnswer moderated, int number, int of) {
        var answer = moderated.answer();
        var section = new Section();
        section.addClassName("voice-answer");
        section.setId("answer-" + number);
        section.add(new H3(getTranslation("voice.moderation.answerHeading", number, of)));
        var text = answer.shown();
        section.add(text == null ? new Paragraph(getTranslation("voice.moderation.noText"))
                : HighlightedText.of(this, text, moderated.suggestions()));
        var facts = new ArrayList<String>();
        if (answer.choice() != null) {
            facts.add(getTranslation("voice.moderation.choice", answer.choice()));
        }
        if (answer.scale() != null) {
            facts.add(getTranslation("voice.moderation.scale", answer.scale()));
        }
        if (answer.redacted() != null && answer.text() != null) {
            facts.add(getTranslation("voice.moderation.redacted"));
        }
        if (answer.leftOut()) {
            facts.add(getTranslation("voice.moderation.leftOut"));
        }
        if (!answer.themes().isEmpty()) {
            facts.add(getTranslation("voice.moderation.themes", answer.themes().stream().sorted()
                    .collect(Collectors.joining(", "))));
        }
        batch.insights().stream().filter(i -> i.id().equals(answer.insightId())).findFirst()
                .ifPresent(i -> facts.add(getTranslation("voice.moderation.inInsight", i.title())));
        if (!moderated.suggestions().isEmpty() && batch.editable()) {
            facts.add(getTranslation("voice.moderation.suggestionCount", moderated.suggestions().size()));
        }
        facts.forEach(fact -> {
            var line = new Paragraph(fact);
            line.addClassName("hint");
            section.add(line);
        });
        if (!batch.editable()) {
            return section;
        }
        var editor = new TextArea(getTranslation("voice.moderation.editor"));
        editor.setId("redact-" + number);
        editor.setWidthFull();
        editor.setValue(text == null ? "" : text);
        editor.setHelperText(getTranslation("voice.moderation.editorHint"));
        var takeOut = new Button(getTranslation("voice.moderation.takeOut"), e -> {
            editor.setValue(suggestions.takeOut(editor.getValue(), kind -> getTranslation(kind.placeholderKey())));
            message.setText(getTranslation("voice.moderation.takenOut", number));
        });
        takeOut.setId("take-out-" + number);
        var save = new Button(getTranslation("voice.moderation.saveText"), e -> act(editor,
                () -> moderation.redact(by, batch.questionId(), answer.id(), editor.getValue()),
                getTranslation("voice.moderation.saved.text", number)));
        save.setId("save-text-" + number);
        save.addClassName("button-primary");
        section.add(editor, buttons(takeOut, save));

        var themes = new TextField(getTranslation("voice.moderation.themesField"));
        themes.setId("themes-" + number);
        themes.setHelperText(getTranslation("voice.moderation.themesHint"));
        themes.setValue(answer.themes().stream().sorted().collect(Collectors.joining(", ")));
        var saveThemes = new Button(getTranslation("voice.moderation.saveThemes"), e -> act(themes,
                () -> moderation.tagThemes(by, batch.questionId(), answer.id(),
                        Arrays.asList(themes.getValue().split(","))),
                getTranslation("voice.moderation.saved.themes", number)));
        saveThemes.setId("save-themes-" + number);
        section.add(themes, buttons(saveThemes));

        if (!batch.insights().isEmpty()) {
            var group = new RadioButtonGroup<String>(getTranslation("voice.moderation.groupField"));
            group.setId("insight-" + number);
            var items = new ArrayList<String>();
            items.add(NO_INSIGHT);
            batch.insights().forEach(i -> items.add(i.id().toString()));
            group.setItems(items);
            group.setItemLabelGenerator(item -> NO_INSIGHT.equals(item) ? getTranslation("voice.moderation.noInsight")
                    : batch.insights().stream().filter(i -> i.id().toString().equals(item)).findFirst()
                            .map(BatchInsight::title).orElse(item));
            group.setValue(answer.insightId() == null ? NO_INSIGHT : answer.insightId().toString());
            var saveGroup = new Button(getTranslation("voice.moderation.saveGroup"), e -> act(group,
                    () -> moderation.group(by, batch.questionId(), answer.id(),
                            group.getValue() == null || NO_INSIGHT.equals(group.getValue()) ? null
                                    : UUID.fromString(group.getValue())),
                    getTranslation("voice.moderation.saved.group", number)));
            saveGroup.setId("save-group-" + number);
            section.add(group, buttons(saveGroup));
        }

        var leaveOut = new Button(getTranslation(answer.leftOut() ? "voice.moderation.takeBack"
                : "voice.moderation.leaveOut"), e -> act(null,
                        () -> moderation.leaveOut(by, batch.questionId(), answer.id(), !answer.leftOut()),
                        getTranslation(answer.leftOut() ? "voice.moderation.saved.takenBack"
                                : "voice.moderation.saved.leftOut", number)));
        leaveOut.setId("leave-out-" + number);
        section.add(buttons(leaveOut));
        return section;
    }

    private Section insights(ModerationBatch batch) {
        var section = new Section();
        section.setId("insights");
        section.add(new H2(getTranslation("voice.moderation.insightsHeading")));
        if (batch.insights().isEmpty()) {
            section.add(new Paragraph(getTranslation("voice.moderation.noInsights")));
        }
        for (var insight : batch.insights()) {
            var box = new Div(new H3(insight.title()), new Paragraph(insight.summary()));
            box.addClassName("voice-insight");
            var facts = new Paragraph(getTranslation("voice.moderation.insightFacts", insight.theme(),
                    insight.answers()));
            facts.addClassName("hint");
            box.add(facts);
            section.add(box);
        }
        if (!batch.editable()) {
            return section;
        }
        var title = new TextField(getTranslation("voice.moderation.insightTitle"));
        title.setId("insight-title");
        title.setWidthFull();
        var summary = new TextArea(getTranslation("voice.moderation.insightSummary"));
        summary.setId("insight-summary");
        summary.setWidthFull();
        var theme = new TextField(getTranslation("voice.moderation.insightTheme"));
        theme.setId("insight-theme");
        theme.setHelperText(getTranslation("voice.moderation.insightThemeHint", Moderation.THEME_MAX_LENGTH));
        var create = new Button(getTranslation("voice.moderation.createInsight"), e -> {
            clearErrors();
            try {
                moderation.createInsight(by, batch.questionId(), title.getValue(), summary.getValue(), theme.getValue());
                reload();
                message.setText(getTranslation("voice.moderation.saved.insight"));
            } catch (ModerationRefused refused) {
                var field = switch (refused.field() == null ? "" : refused.field()) {
                    case "title" -> title;
                    case "summary" -> summary;
                    case "theme" -> theme;
                    default -> null;
                };
                refuse(field, refused);
            }
        });
        create.setId("create-insight");
        section.add(new H3(getTranslation("voice.moderation.newInsight")), title, summary, theme, buttons(create));
        return section;
    }

    private <F extends Component & HasValidation> void act(@Nullable F field, Runnable action, String done) {
        clearErrors();
        try {
            action.run();
            reload();
            message.setText(done);
        } catch (ModerationRefused refused) {
            refuse(refused.field() == null ? null : field, refused);
        }
    }

    private <F extends Component & HasValidation> void refuse(@Nullable F field, ModerationRefused refused) {
        var text = getTranslation(refused.messageKey(), refused.args());
        if (field != null) {
            errors.add(field, text);
        } else {
            errors.add(text);
            // The batch may have moved on (submitted, signed off): show where it is now.
            reload();
        }
        message.setText("");
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void askToSubmit() {
        var batch = shown;
        if (batch == null) {
            return;
        }
        clearErrors();
        confirm.ask(getTranslation("voice.moderation.confirm.question"),
                getTranslation("voice.moderation.confirm.details", batch.answerCount(), batch.insights().size()),
                getTranslation("voice.moderation.confirm.yes"), getTranslation("voice.moderation.confirm.back"));
    }

    private void submit() {
        var batch = shown;
        confirm.close();
        if (batch == null) {
            return;
        }
        try {
            moderation.submit(by, batch.questionId(), batch.version());
            reload();
            message.setText(getTranslation("voice.moderation.saved.submitted"));
        } catch (ModerationRefused refused) {
            refuse(null, refused);
        }
    }

    private void clearErrors() {
        if (errors.hasErrors()) {
            errors.clear();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    private static Div buttons(Button... buttons) {
        var group = new Div(buttons);
        group.addClassName("button-group");
        group.addClassName("form-actions");
        return group;
    }

    private static Div actions(Button button) {
        var actions = new Div(button);
        actions.addClassName("form-actions");
        return actions;
    }

    ConfirmDialog confirmDialog() {
        return confirm;
    }

    @Override
    public String getPageTitle() {
        var batch = shown;
        // Named after the question, so each question's page has its own title.
        var title = batch == null ? PageTitles.of(this, "voice.moderation.title")
                : getTranslation("shell.title", getTranslation("voice.moderation.titleOf", batch.title()));
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
