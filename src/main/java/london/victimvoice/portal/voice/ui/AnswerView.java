package london.victimvoice.portal.voice.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.security.ParticipantSessions;
import london.victimvoice.portal.voice.AnswerDraft;
import london.victimvoice.portal.voice.AnswerRefused;
import london.victimvoice.portal.voice.Answers;
import london.victimvoice.portal.voice.QuestionDetails;
import london.victimvoice.portal.voice.QuestionState;
import london.victimvoice.portal.voice.Questions;
import london.victimvoice.portal.voice.ReceiptCode;
import london.victimvoice.portal.voice.VoiceProperties;

/**
 * One question for a participant: what anonymous means here (and what it does not), the
 * question and its guidance, and the answer form: free text with a visible character count,
 * and the optional choice and 1 to 5 scale. While they type, {@code frontend/voice-answer.js}
 * counts characters and gently says when the words look like they hold a name, a number, an
 * address or a date of birth; nothing is sent until they press the button. Once sent, the page
 * shows the receipt code, the only time anyone sees it. A question that is not for them, or
 * does not exist, is "Page not found".
 */
@Route(value = Voices.QUESTION + "/:" + Voices.QUESTION_PARAMETER, layout = ParticipantLayout.class)
// Open so that anyone else goes to the participant sign-in, not the staff one: see Voices.
@AnonymousAllowed
@JsModule("./voice-answer.js")
class AnswerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int SCALE_LOW = 1;
    static final int SCALE_HIGH = 5;

    private final Questions questions;
    private final Answers answers;
    private final ParticipantSessions sessions;
    private final Clock clock;
    private final int maxLength;
    private final ErrorSummary errors = new ErrorSummary();
    private final H1 heading = new H1();
    private final Div body = new Div();
    private final TextArea text = new TextArea();
    private final RadioButtonGroup<String> choice = new RadioButtonGroup<>();
    private final RadioButtonGroup<Integer> scale = new RadioButtonGroup<>();
    private String titleKey = "voice.participant.answer.title";
    private @Nullable UUID participantId;
    private @Nullable QuestionDetails question;

    AnswerView(Questions questions, Answers answers, ParticipantSessions sessions, Clock clock,
            VoiceProperties properties) {
        this.questions = questions;
        this.answers = answers;
        this.sessions = sessions;
        this.clock = clock;
        this.maxLength = properties.maxAnswerLength();
        addClassName("voice-page");
        heading.setId("voice-question-heading");
        var back = new Anchor(Voices.HOME, getTranslation("voice.participant.answer.back"));
        back.addClassName("back-link");
        add(back, errors, heading, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        participantId = Voices.orSignIn(event, sessions).orElse(null);
        if (participantId == null) {
            return;
        }
        var viewer = participantId;
        question = Voices.questionId(event).flatMap(id -> questions.forParticipant(viewer, id)).orElse(null);
        if (question == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(question);
    }

    private void show(QuestionDetails details) {
        body.removeAll();
        errors.clear();
        heading.setText(Voices.typed(this, details.title()));
        var now = clock.instant();
        if (details.state() == QuestionState.UPCOMING) {
            calm("voice-not-open", getTranslation("voice.participant.answer.notOpen", Voices.firstDay(details.opensAt(), now)));
            return;
        }
        if (details.state() == QuestionState.CLOSED) {
            calm("voice-closed", getTranslation("voice.participant.answer.closed", Voices.lastDay(details.closesAt(), now)));
            return;
        }
        if (participantId != null && answers.hasAnswered(participantId, details.id())) {
            alreadyAnswered();
            return;
        }
        body.add(aboutAnonymous(), theQuestion(details), form(details));
    }

    /** A plain message in place of the form: not open yet, or closed. */
    private void calm(String id, String message) {
        var paragraph = new Paragraph(message);
        paragraph.setId(id);
        body.add(paragraph, new Paragraph(Voices.link(this, Voices.HOME, "voice.participant.answer.otherQuestions",
                "voice-other-questions")));
    }

    private void alreadyAnswered() {
        var done = new Paragraph(getTranslation("voice.participant.answer.already"));
        done.setId("voice-already-answered");
        done.addClassName("notification");
        body.add(done, new Paragraph(getTranslation("voice.participant.answer.alreadyReceipt")),
                new Paragraph(Voices.link(this, Voices.RECEIPT, "voice.participant.receiptLink", "voice-receipt-link")),
                new Paragraph(Voices.link(this, Voices.HOME, "voice.participant.answer.otherQuestions",
                        "voice-other-questions")));
    }

    private Div aboutAnonymous() {
        var means = new UnorderedList(
                new ListItem(getTranslation("voice.participant.anonymous.apart")),
                new ListItem(getTranslation("voice.participant.anonymous.noOne")),
                new ListItem(getTranslation("voice.participant.anonymous.together")));
        var doesNot = Voices.warning(this, "voice-anonymous-details", getTranslation("voice.participant.anonymous.details"));
        var about = new Div(new H2(getTranslation("voice.participant.anonymous.heading")), means, doesNot);
        about.setId("voice-anonymous");
        about.addClassName("voice-anonymous");
        return about;
    }

    private Div theQuestion(QuestionDetails details) {
        var prompt = new Paragraph(Voices.typed(this, details.prompt()));
        prompt.setId("voice-question-prompt");
        prompt.addClassName("voice-prompt");
        var part = new Div(new H2(getTranslation("voice.participant.answer.questionHeading")), prompt);
        if (!details.guidance().isBlank()) {
            var guidance = new Paragraph(Voices.typed(this, details.guidance()));
            guidance.setId("voice-question-guidance");
            guidance.addClassName("inset-text");
            part.add(guidance);
        }
        return part;
    }

    private Div form(QuestionDetails details) {
        var form = new Div();
        form.addClassName("voice-answer-form");
        text.setId("voice-answer-text");
        text.setLabel(getTranslation("voice.participant.answer.label"));
        text.setWidthFull();
        text.setMinRows(6);
        var count = new Span(getTranslation("voice.participant.answer.limit", number(maxLength)));
        count.setId("voice-answer-count");
        count.getElement().setAttribute("data-remaining", getTranslation("voice.participant.answer.remaining", "{0}"));
        count.getElement().setAttribute("data-too-many", getTranslation("voice.participant.answer.tooMany", "{0}"));
        text.setHelperComponent(count);
        var spoken = new Span();
        spoken.setId("voice-answer-count-spoken");
        spoken.addClassName("visually-hidden");
        spoken.getElement().setAttribute("aria-live", "polite");
        var hint = hint();
        text.getElement().setAttribute("data-voice-answer", true);
        text.getElement().setAttribute("data-max-length", String.valueOf(maxLength));
        text.getElement().setAttribute("data-count-id", "voice-answer-count");
        text.getElement().setAttribute("data-count-spoken-id", "voice-answer-count-spoken");
        text.getElement().setAttribute("data-hint-id", "voice-answer-hint");
        form.add(text, spoken, hint);

        if (details.choice() != null) {
            choice.setId("voice-answer-choice");
            choice.setLabel(Voices.typed(this, details.choice().prompt()));
            choice.setHelperText(getTranslation("voice.participant.answer.optional"));
            choice.setItems(details.choice().options());
            choice.setItemLabelGenerator(option -> Voices.typed(this, option));
            form.add(choice);
        }
        if (details.scalePrompt() != null) {
            scale.setId("voice-answer-scale");
            scale.setLabel(Voices.typed(this, details.scalePrompt()));
            scale.setHelperText(getTranslation("voice.participant.answer.optional"));
            scale.setItems(IntStream.rangeClosed(SCALE_LOW, SCALE_HIGH).boxed().toList());
            scale.setItemLabelGenerator(this::scaleLabel);
            form.add(scale);
        }
        var send = new Button(getTranslation("voice.participant.answer.send"), e -> send());
        send.setId("voice-answer-send");
        send.addClassName("button-primary");
        var actions = new Div(send);
        actions.addClassName("form-actions");
        form.add(actions);
        return form;
    }

    /** The polite hint the script fills while they type; its words wait in data- attributes. */
    private Div hint() {
        var hint = new Div();
        hint.setId("voice-answer-hint");
        hint.addClassName("voice-hint");
        hint.getElement().setAttribute("role", "status");
        hint.getElement().setAttribute("aria-live", "polite");
        hint.getElement().setAttribute("data-message", getTranslation("voice.participant.hint.message", "{0}"));
        hint.getElement().setAttribute("data-and", getTranslation("voice.participant.hint.and"));
        for (var kind : List.of("name", "phone", "email", "postcode", "address", "birth")) {
            hint.getElement().setAttribute("data-" + kind, getTranslation("voice.participant.hint." + kind));
        }
        return hint;
    }

    private String scaleLabel(Integer value) {
        if (value == SCALE_LOW) {
            return getTranslation("voice.participant.answer.scaleLow", value);
        }
        if (value == SCALE_HIGH) {
            return getTranslation("voice.participant.answer.scaleHigh", value);
        }
        return getTranslation("voice.participant.answer.scaleValue", value);
    }

    private void send() {
        var viewer = participantId;
        var details = question;
        if (viewer == null || details == null) {
            return;
        }
        errors.clear();
        try {
            var receipt = answers.submit(viewer, details.id(),
                    new AnswerDraft(text.getValue(), choice.getValue(), scale.getValue()));
            showReceipt(receipt);
        } catch (AnswerRefused refused) {
            refuse(refused.reason());
        }
    }

    private void refuse(AnswerRefused.Reason reason) {
        var details = question;
        var hasParts = details != null && (details.choice() != null || details.scalePrompt() != null);
        var message = reason == AnswerRefused.Reason.EMPTY && hasParts
                ? getTranslation("voice.participant.refused.EMPTY_WITH_PARTS")
                : getTranslation("voice.participant.refused." + reason.name(), number(maxLength));
        switch (reason) {
            case EMPTY, TOO_LONG -> errors.add(text, message);
            case BAD_CHOICE -> addAt(choice, message);
            case BAD_SCALE -> addAt(scale, message);
            default -> errors.add(message);
        }
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private <F extends com.vaadin.flow.component.Component & HasValidation> void addAt(F field, String message) {
        if (field.getParent().isPresent()) {
            errors.add(field, message);
        } else {
            errors.add(message);
        }
    }

    /** The receipt code, big and plain, shown this once; the form and the typed words are gone. */
    private void showReceipt(ReceiptCode receipt) {
        body.removeAll();
        errors.clear();
        text.clear();
        choice.clear();
        scale.clear();
        titleKey = "voice.participant.sent.title";
        heading.setText(getTranslation("voice.participant.sent.heading"));
        var label = new Paragraph(getTranslation("voice.participant.sent.codeLabel"));
        var code = new Paragraph(Voices.typed(this, receipt.value()));
        code.setId("voice-receipt-code");
        code.addClassName("voice-receipt-code");
        var panel = new Div(label, code);
        panel.setId("voice-receipt-panel");
        panel.addClassName("confirmation-panel");
        var keep = Voices.warning(this, "voice-receipt-keep", getTranslation("voice.participant.sent.keep"));
        body.add(panel, keep,
                new H2(getTranslation("voice.participant.sent.forHeading")),
                new Paragraph(getTranslation("voice.participant.sent.forBody")),
                new Paragraph(Voices.link(this, Voices.RECEIPT, "voice.participant.receiptLink", "voice-receipt-link")),
                new Paragraph(Voices.link(this, Voices.HOME, "voice.participant.answer.otherQuestions",
                        "voice-other-questions")));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        // Screen readers start at the news: the heading takes focus.
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().callJsFunction("focus");
    }

    private static String number(int value) {
        return String.format(Locale.UK, "%,d", value);
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, titleKey);
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
