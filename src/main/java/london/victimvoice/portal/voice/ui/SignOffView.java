package london.victimvoice.portal.voice.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
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
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.ModeratedAnswer;
import london.victimvoice.portal.voice.ModerationBatch;
import london.victimvoice.portal.voice.ModerationRefused;
import london.victimvoice.portal.voice.ModerationStatus;
import london.victimvoice.portal.voice.SignOffs;

/**
 * An approver reviews a submitted batch: each insight with the answers grouped into it (as they
 * will be read), the other answers, then signs it off or returns it with a reason. Someone who
 * moderated the batch is told so plainly and offered no sign-off; the service refuses them anyway.
 */
@Route(value = "staff/sign-off/:" + SignOffView.QUESTION_ID, layout = StaffLayout.class)
@RolesAllowed(Roles.APPROVER)
class SignOffView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String QUESTION_ID = "questionId";

    private final SignOffs signOffs;
    private final AuthenticationContext authentication;
    private final ErrorSummary errors = new ErrorSummary();
    private final H1 heading = new H1();
    private final Paragraph message = new Paragraph();
    private final Div content = new Div();
    private final ConfirmDialog confirm = new ConfirmDialog("sign-off");
    private final TextArea reason = new TextArea();
    private @Nullable ModerationBatch shown;

    SignOffView(SignOffs signOffs, AuthenticationContext authentication) {
        this.signOffs = signOffs;
        this.authentication = authentication;
        var back = new Anchor(SignOffQueueView.PATH, getTranslation("voice.moderation.signOff.back"));
        back.addClassName("back-link");
        message.setId("sign-off-message");
        message.getElement().setAttribute("role", "status");
        message.addClassName("form-status");
        content.setId("sign-off");
        reason.setId("return-reason");
        reason.setLabel(getTranslation("voice.moderation.signOff.reason"));
        reason.setHelperText(getTranslation("voice.moderation.signOff.reasonHint", SignOffs.REASON_MAX_LENGTH));
        reason.setWidthFull();
        confirm.confirmButton().addClickListener(e -> signOff());
        add(back, errors, heading, message, content, confirm);
    }

    /** Read each time, not kept: the view may outlive a sign-in in the same browser tab. */
    private String approver() {
        return authentication.getPrincipalName().orElse("unknown");
    }

    static String pathOf(UUID questionId) {
        return "staff/sign-off/" + questionId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var batch = event.getRouteParameters().get(QUESTION_ID).flatMap(Voices::uuid)
                .flatMap(id -> signOffs.open(approver(), id));
        if (batch.isEmpty()) {
            shown = null;
            heading.setText(getTranslation("voice.moderation.signOff.unknown"));
            content.removeAll();
            return;
        }
        show(batch.get());
    }

    private void show(ModerationBatch batch) {
        shown = batch;
        heading.setText(batch.title());
        content.removeAll();
        content.add(new Paragraph(batch.prompt()));
        var audience = new Paragraph(SignOffQueueView.audience(this, batch.forumCodes(), batch.consultationTitle()));
        audience.addClassName("hint");
        var status = new Paragraph(getTranslation("voice.moderation.signOff.status." + batch.status().code()));
        status.setId("sign-off-status");
        content.add(audience, status);
        if (!batch.released()) {
            return;
        }
        for (var insight : batch.insights()) {
            var section = new Section();
            section.addClassName("voice-insight");
            section.add(new H2(insight.title()), new Paragraph(insight.summary()));
            var theme = new Paragraph(getTranslation("voice.moderation.signOff.theme", insight.theme()));
            theme.addClassName("hint");
            section.add(theme);
            var grouped = batch.answers().stream().filter(a -> insight.id().equals(a.answer().insightId())).toList();
            section.add(answers(grouped, "voice.moderation.signOff.noAnswers"));
            content.add(section);
        }
        var others = batch.answers().stream().filter(a -> a.answer().insightId() == null
                || batch.insights().stream().noneMatch(i -> i.id().equals(a.answer().insightId()))).toList();
        var rest = new Section(new H2(getTranslation("voice.moderation.signOff.otherAnswers")));
        rest.add(answers(others, "voice.moderation.signOff.noOtherAnswers"));
        content.add(rest);
        if (batch.status() != ModerationStatus.SUBMITTED) {
            return;
        }
        content.add(new H2(getTranslation("voice.moderation.signOff.decideHeading")));
        if (batch.moderatedBy()) {
            var own = new Paragraph(getTranslation("voice.moderation.signOff.ownBatch"));
            own.setId("own-batch");
            own.addClassName("voice-notice");
            content.add(own);
        } else {
            content.add(new Paragraph(getTranslation("voice.moderation.signOff.signOffIntro")));
            var signOff = new Button(getTranslation("voice.moderation.signOff.signOff"), e -> askToSignOff());
            signOff.setId("sign-off-batch");
            signOff.addClassName("button-primary");
            content.add(actions(signOff));
        }
        var returnBatch = new Button(getTranslation("voice.moderation.signOff.return"), e -> returnBatch());
        returnBatch.setId("return-batch");
        content.add(new H3(getTranslation("voice.moderation.signOff.returnHeading")), reason, actions(returnBatch));
    }

    private UnorderedList answers(java.util.List<ModeratedAnswer> answers, String noneKey) {
        var list = new UnorderedList();
        list.addClassName("voice-answers");
        if (answers.isEmpty()) {
            list.add(new ListItem(getTranslation(noneKey)));
        }
        for (var moderated : answers) {
            var answer = moderated.answer();
            var item = new ListItem();
            var text = answer.shown();
            var words = new Paragraph(text == null ? getTranslation("voice.moderation.noText") : text);
            words.addClassName("voice-answer-text");
            item.add(words);
            if (answer.leftOut()) {
                var left = new Paragraph(getTranslation("voice.moderation.signOff.leftOut"));
                left.addClassName("hint");
                item.add(left);
            }
            list.add(item);
        }
        return list;
    }

    private void askToSignOff() {
        var batch = shown;
        if (batch == null) {
            return;
        }
        clearErrors();
        confirm.ask(getTranslation("voice.moderation.signOff.confirm.question"),
                getTranslation("voice.moderation.signOff.confirm.details", batch.answerCount(), batch.insights().size()),
                getTranslation("voice.moderation.signOff.confirm.yes"), getTranslation("voice.moderation.signOff.confirm.back"));
    }

    private void signOff() {
        var batch = shown;
        confirm.close();
        if (batch == null) {
            return;
        }
        try {
            signOffs.signOff(approver(), batch.questionId(), batch.version());
            reopen(batch);
            message.setText(getTranslation("voice.moderation.signOff.done"));
        } catch (ModerationRefused refused) {
            refuse(batch, refused, false);
        }
    }

    private void returnBatch() {
        var batch = shown;
        if (batch == null) {
            return;
        }
        clearErrors();
        try {
            signOffs.returnBatch(approver(), batch.questionId(), batch.version(), reason.getValue());
            reason.clear();
            reopen(batch);
            message.setText(getTranslation("voice.moderation.signOff.returned"));
        } catch (ModerationRefused refused) {
            refuse(batch, refused, "reason".equals(refused.field()));
        }
    }

    private void reopen(ModerationBatch batch) {
        signOffs.open(approver(), batch.questionId()).ifPresent(this::show);
    }

    private void refuse(ModerationBatch batch, ModerationRefused refused, boolean atReason) {
        var text = getTranslation(refused.messageKey(), refused.args());
        if (atReason) {
            errors.add(reason, text);
        } else {
            errors.add(text);
            reopen(batch);
        }
        message.setText("");
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void clearErrors() {
        if (errors.hasErrors()) {
            errors.clear();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
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
        var title = batch == null ? PageTitles.of(this, "voice.moderation.signOff.title")
                : getTranslation("shell.title", getTranslation("voice.moderation.signOff.titleOf", batch.title()));
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
