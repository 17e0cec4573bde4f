package london.victimvoice.portal.voice.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumAccessRefused;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.ChoicePart;
import london.victimvoice.portal.voice.ConsultationDetails;
import london.victimvoice.portal.voice.ConsultationStaff;
import london.victimvoice.portal.voice.Consultations;
import london.victimvoice.portal.voice.NewQuestion;
import london.victimvoice.portal.voice.QuestionRefused;
import london.victimvoice.portal.voice.Questions;

/**
 * A coordinator posts a question between meetings to forums they look after or, with
 * {@code ?consultation=<id>}, into that consultation. Every problem is listed at the top and
 * shown at its field; what was typed stays.
 */
@Route(value = AuthoringPages.NEW_QUESTION, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class NewQuestionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Questions questions;
    private final Consultations consultations;
    private final ForumStewards stewards;
    private final ConsultationStaff staff;
    final ErrorSummary errors = new ErrorSummary();
    final TextField title = new TextField();
    final TextArea prompt = new TextArea();
    final TextArea guidance = new TextArea();
    final CheckboxGroup<String> forums = new CheckboxGroup<>();
    final TextField choicePrompt = new TextField();
    final TextArea choiceOptions = new TextArea();
    final TextField scalePrompt = new TextField();
    final TextField opensDay = new TextField();
    final TextField opensMonth = new TextField();
    final TextField opensYear = new TextField();
    final TextField closesDay = new TextField();
    final TextField closesMonth = new TextField();
    final TextField closesYear = new TextField();
    private @Nullable ConsultationDetails consultation;

    NewQuestionView(Questions questions, Consultations consultations, ForumStewards stewards,
            AuthenticationContext authentication) {
        this.questions = questions;
        this.consultations = consultations;
        this.stewards = stewards;
        this.staff = AuthoringPages.staff(authentication);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var asked = event.getLocation().getQueryParameters().getSingleParameter(AuthoringPages.CONSULTATION);
        if (asked.isPresent()) {
            consultation = asked.flatMap(Voices::uuid).flatMap(consultations::find).orElse(null);
            if (consultation == null) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        build();
    }

    private void build() {
        removeAll();
        var back = consultation == null ? new Anchor(AuthoringPages.QUESTIONS, getTranslation("voice.authoring.new.back"))
                : new Anchor(AuthoringPages.CONSULTATIONS + "/" + consultation.id(),
                        getTranslation("voice.authoring.new.backToConsultation"));
        back.addClassName("back-link");
        add(back, errors, new H1(getTranslation(consultation == null ? "voice.authoring.new.heading"
                : "voice.authoring.new.headingConsultation")));
        if (consultation != null) {
            var into = new Paragraph(getTranslation("voice.authoring.new.into", consultation.title()));
            into.setId("question-consultation");
            add(into);
        } else {
            var mine = stewards.managedBy(staff.manager());
            if (mine.isEmpty()) {
                var none = new Paragraph(getTranslation("voice.authoring.new.noForums"));
                none.setId("question-no-forums");
                add(none);
                return;
            }
            forums.setId("question-forums");
            forums.setLabel(getTranslation("voice.authoring.new.forums"));
            forums.setHelperText(getTranslation("voice.authoring.new.forumsHint"));
            forums.setItems(mine);
            forums.setItemLabelGenerator(code -> getTranslation("forum." + code + ".name"));
            if (mine.size() == 1) {
                forums.setValue(java.util.Set.of(mine.getFirst()));
            }
        }
        title.setId("question-title");
        title.setLabel(getTranslation("voice.authoring.new.title"));
        title.setHelperText(getTranslation("voice.authoring.new.titleHint"));
        title.setWidthFull();
        prompt.setId("question-prompt");
        prompt.setLabel(getTranslation("voice.authoring.new.prompt"));
        prompt.setHelperText(getTranslation("voice.authoring.new.promptHint"));
        prompt.setWidthFull();
        guidance.setId("question-guidance");
        guidance.setLabel(getTranslation("voice.authoring.new.guidance"));
        guidance.setHelperText(getTranslation("voice.authoring.new.guidanceHint"));
        guidance.setValue(getTranslation(Questions.DEFAULT_GUIDANCE));
        guidance.setWidthFull();

        var choice = new FieldSet(getTranslation("voice.authoring.new.choiceLegend"));
        choice.addClassName("question-part");
        var choiceHint = new Paragraph(getTranslation("voice.authoring.new.choiceHint"));
        choiceHint.addClassName("hint");
        choicePrompt.setId("question-choice-prompt");
        choicePrompt.setLabel(getTranslation("voice.authoring.new.choicePrompt"));
        choicePrompt.setWidthFull();
        choiceOptions.setId("question-choice-options");
        choiceOptions.setLabel(getTranslation("voice.authoring.new.choiceOptions"));
        choiceOptions.setHelperText(getTranslation("voice.authoring.new.choiceOptionsHint"));
        choiceOptions.setWidthFull();
        choice.add(choiceHint, choicePrompt, choiceOptions);

        var scale = new FieldSet(getTranslation("voice.authoring.new.scaleLegend"));
        scale.addClassName("question-part");
        scalePrompt.setId("question-scale-prompt");
        scalePrompt.setLabel(getTranslation("voice.authoring.new.scalePrompt"));
        scalePrompt.setHelperText(getTranslation("voice.authoring.new.scaleHint"));
        scalePrompt.setWidthFull();
        scale.add(scalePrompt);

        var optional = new H2(getTranslation("voice.authoring.new.optionalHeading"));
        var when = new H2(getTranslation("voice.authoring.new.whenHeading"));
        var create = new Button(getTranslation("voice.authoring.new.post"), e -> post());
        create.setId("question-post");
        create.addClassName("button-primary");
        var actions = new Div(create);
        actions.addClassName("form-actions");
        if (consultation == null) {
            add(forums);
        }
        add(title, prompt, guidance, optional, choice, scale, when,
                date("opens", opensDay, opensMonth, opensYear), date("closes", closesDay, closesMonth, closesYear),
                actions);
    }

    private FieldSet date(String which, TextField day, TextField month, TextField year) {
        var date = new FieldSet(getTranslation("voice.authoring.new." + which));
        date.addClassName("date-input");
        date.setId("question-" + which);
        var hint = new Paragraph(getTranslation("voice.authoring.new." + which + "Hint"));
        hint.addClassName("hint");
        AuthoringPages.numeric(day, "question-" + which + "-day", getTranslation("voice.authoring.new.day"), 2);
        AuthoringPages.numeric(month, "question-" + which + "-month", getTranslation("voice.authoring.new.month"), 2);
        AuthoringPages.numeric(year, "question-" + which + "-year", getTranslation("voice.authoring.new.year"), 4);
        date.add(hint, day, month, year);
        return date;
    }

    void post() {
        errors.clear();
        var opens = date(opensDay, opensMonth, opensYear);
        var closes = date(closesDay, closesMonth, closesYear);
        // A date that cannot be read goes as none: the service refuses that and still names every other problem.
        var question = new NewQuestion(title.getValue(), prompt.getValue(), guidance.getValue(),
                consultation == null ? forums.getValue() : java.util.Set.of(),
                consultation == null ? null : consultation.id(), choice(), optional(scalePrompt.getValue()),
                unreadable(opens), unreadable(closes));
        try {
            questions.post(staff.manager(), question);
        } catch (QuestionRefused refused) {
            // Each field's messages in the order the fields are on the page, then any about no field.
            var byField = new java.util.LinkedHashMap<Component, List<String>>();
            for (var field : List.<Component>of(forums, title, prompt, guidance, choicePrompt, choiceOptions,
                    scalePrompt, opensDay, closesDay)) {
                byField.put(field, new java.util.ArrayList<>());
            }
            var general = new java.util.ArrayList<String>();
            if (opens == null && typed(opensDay, opensMonth, opensYear)) {
                byField.get(opensDay).add(getTranslation("voice.authoring.new.error.opensDate"));
            }
            if (closes == null && typed(closesDay, closesMonth, closesYear)) {
                byField.get(closesDay).add(getTranslation("voice.authoring.new.error.closesDate"));
            }
            for (var problem : refused.problems()) {
                var field = fieldFor(problem.field());
                var message = getTranslation(problem.messageKey(), problem.args());
                if (field == opensDay && opens == null && typed(opensDay, opensMonth, opensYear)
                        || field == closesDay && closes == null && typed(closesDay, closesMonth, closesYear)) {
                    // "Enter the day" when something was typed that is not a date: said above in plainer words.
                    continue;
                }
                if (field != null && field.getParent().isPresent()) {
                    byField.get(field).add(message);
                } else {
                    general.add(message);
                }
            }
            byField.forEach((field, messages) -> messages.forEach(message -> add(field, message)));
            general.forEach(errors::add);
            showErrors();
            return;
        } catch (ForumAccessRefused refused) {
            errors.add(forums, getTranslation(ForumAccessRefused.MESSAGE_KEY));
            showErrors();
            return;
        }
        if (consultation != null) {
            getUI().ifPresent(ui -> ui.navigate(AuthoringPages.CONSULTATIONS + "/" + consultation.id(),
                    QueryParameters.of(AuthoringPages.POSTED, "1")));
        } else {
            getUI().ifPresent(ui -> ui.navigate(AuthoringPages.QUESTIONS, QueryParameters.of(AuthoringPages.POSTED, "1")));
        }
    }

    @SuppressWarnings("unchecked")
    private <F extends Component & HasValidation> void add(Component field, String message) {
        errors.add((F) field, message);
    }

    private @Nullable ChoicePart choice() {
        var ask = choicePrompt.getValue().strip();
        var options = choiceOptions.getValue().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (ask.isEmpty() && options.isEmpty()) {
            return null;
        }
        return new ChoicePart(ask, options);
    }

    private static @Nullable String optional(String text) {
        return text.isBlank() ? null : text;
    }

    private static LocalDate unreadable(@Nullable LocalDate date) {
        // The service takes a missing day as "enter the day", naming it with the other problems.
        return date;
    }

    private static boolean typed(TextField... parts) {
        return java.util.Arrays.stream(parts).anyMatch(part -> !part.getValue().isBlank());
    }

    private static @Nullable LocalDate date(TextField day, TextField month, TextField year) {
        try {
            return LocalDate.of(Integer.parseInt(year.getValue().strip()), Integer.parseInt(month.getValue().strip()),
                    Integer.parseInt(day.getValue().strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** The field a problem names; the service's names and a few others it may use. */
    private @Nullable Component fieldFor(String name) {
        Map<String, Component> fields = Map.ofEntries(Map.entry("title", title), Map.entry("prompt", prompt),
                Map.entry("guidance", guidance), Map.entry("forums", forums), Map.entry("forumCodes", forums),
                Map.entry("choice", choicePrompt), Map.entry("choicePrompt", choicePrompt),
                Map.entry("choice.prompt", choicePrompt), Map.entry("choiceOptions", choiceOptions),
                Map.entry("options", choiceOptions), Map.entry("choice.options", choiceOptions),
                Map.entry("scale", scalePrompt), Map.entry("scalePrompt", scalePrompt),
                Map.entry("opensOn", opensDay), Map.entry("opens", opensDay), Map.entry("opensAt", opensDay),
                Map.entry("closesOn", closesDay), Map.entry("closes", closesDay), Map.entry("closesAt", closesDay),
                Map.entry("dates", closesDay));
        return fields.get(name);
    }

    private void showErrors() {
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** For tests: the consultation the question goes into, if any. */
    @Nullable UUID consultationId() {
        return consultation == null ? null : consultation.id();
    }

    @Override
    public String getPageTitle() {
        var page = PageTitles.of(this, consultation == null ? "voice.authoring.new.pageTitle"
                : "voice.authoring.new.pageTitleConsultation");
        return errors.hasErrors() ? getTranslation("form.errorTitle", page) : page;
    }
}
