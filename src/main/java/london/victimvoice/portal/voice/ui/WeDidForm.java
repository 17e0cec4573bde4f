package london.victimvoice.portal.voice.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.voice.ActionOwner;
import london.victimvoice.portal.voice.ActionStatus;
import london.victimvoice.portal.voice.LinkableInsight;
import london.victimvoice.portal.voice.NewWeDid;
import london.victimvoice.portal.voice.WeDidDetails;
import london.victimvoice.portal.voice.WeDidRefused;

/**
 * The questions of a "we did" entry, GOV.UK style: what was said and what will be done, radios for
 * who and where it stands (with the reason asked only for "not possible"), a due date in day,
 * month and year boxes, the forums and the signed-off insight as checkboxes, and on an existing
 * entry a note for its history. What is typed stays as typed when there are errors.
 */
class WeDidForm extends Div {

    final TextArea said = new TextArea();
    final TextArea willDo = new TextArea();
    final RadioButtonGroup<ActionOwner> owner = new RadioButtonGroup<>();
    final RadioButtonGroup<ActionStatus> status = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final TextField day = new TextField();
    final TextField month = new TextField();
    final TextField year = new TextField();
    final CheckboxGroup<String> forums = new CheckboxGroup<>();
    final CheckboxGroup<LinkableInsight> insights = new CheckboxGroup<>();
    final TextArea note = new TextArea();
    private final List<LinkableInsight> linkable;

    WeDidForm(List<String> forumCodes, List<LinkableInsight> linkable, boolean withNote) {
        this.linkable = linkable;
        addClassName("we-did-form");
        area(said, "we-did-said", "voice.weDid.form.said");
        said.setHelperText(getTranslation("voice.weDid.form.saidHint"));
        area(willDo, "we-did-will-do", "voice.weDid.form.willDo");

        owner.setId("we-did-owner");
        owner.setLabel(getTranslation("voice.weDid.form.owner"));
        owner.setItems(ActionOwner.values());
        owner.setItemLabelGenerator(o -> WeDidTexts.owner(this, o));

        status.setId("we-did-status");
        status.setLabel(getTranslation("voice.weDid.form.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> WeDidTexts.status(this, s));
        area(reason, "we-did-reason", "voice.weDid.form.reason");
        reason.setHelperText(getTranslation("voice.weDid.form.reasonHint"));
        reason.setVisible(false);
        status.addValueChangeListener(e -> reason.setVisible(e.getValue() == ActionStatus.NOT_POSSIBLE));

        var due = new FieldSet(getTranslation("voice.weDid.form.due"));
        due.addClassName("date-input");
        var hint = new Paragraph(getTranslation("voice.weDid.form.dueHint"));
        hint.addClassName("hint");
        part(day, "we-did-day", "voice.weDid.form.day", 2);
        part(month, "we-did-month", "voice.weDid.form.month", 2);
        part(year, "we-did-year", "voice.weDid.form.year", 4);
        due.add(hint, day, month, year);

        forums.setId("we-did-forums");
        forums.setLabel(getTranslation("voice.weDid.form.forums"));
        forums.setItems(forumCodes);
        forums.setItemLabelGenerator(code -> WeDidTexts.forum(this, code));
        if (forumCodes.size() == 1) {
            forums.setValue(Set.of(forumCodes.getFirst()));
        }

        insights.setId("we-did-insights");
        insights.setLabel(getTranslation("voice.weDid.form.insights"));
        add(said, willDo, owner, status, reason, due, forums);
        if (linkable.isEmpty()) {
            var none = new Paragraph(getTranslation("voice.weDid.form.noInsights"));
            none.setId("we-did-no-insights");
            add(none);
        } else {
            insights.setItems(linkable);
            insights.setItemLabelGenerator(i -> getTranslation("voice.weDid.form.insight", i.title(), i.questionTitle()));
            add(insights);
        }
        if (withNote) {
            area(note, "we-did-note", "voice.weDid.form.note");
            note.setHelperText(getTranslation("voice.weDid.form.noteHint"));
            add(note);
        }
    }

    private void area(TextArea area, String id, String labelKey) {
        area.setId(id);
        area.setLabel(getTranslation(labelKey));
        area.setWidthFull();
    }

    private void part(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.getElement().setAttribute("inputmode", "numeric");
    }

    void fill(WeDidDetails details) {
        var entry = details.entry();
        said.setValue(entry.said());
        willDo.setValue(entry.willDo());
        owner.setValue(entry.owner());
        status.setValue(entry.status());
        reason.setValue(entry.statusReason() == null ? "" : entry.statusReason());
        reason.setVisible(entry.status() == ActionStatus.NOT_POSSIBLE);
        var due = entry.dueOn();
        day.setValue(due == null ? "" : Integer.toString(due.getDayOfMonth()));
        month.setValue(due == null ? "" : Integer.toString(due.getMonthValue()));
        year.setValue(due == null ? "" : Integer.toString(due.getYear()));
        forums.setValue(new HashSet<>(entry.forumCodes()));
        var linked = Set.copyOf(entry.insightIds());
        insights.setValue(linkable.stream().filter(i -> linked.contains(i.id())).collect(Collectors.toSet()));
        note.clear();
    }

    /** What is typed, or null when the due date is not a date (the error is added). */
    @Nullable NewWeDid read(ErrorSummary errors) {
        LocalDate due = null;
        var parts = List.of(day.getValue().strip(), month.getValue().strip(), year.getValue().strip());
        if (parts.stream().anyMatch(p -> !p.isEmpty())) {
            try {
                due = LocalDate.of(Integer.parseInt(parts.get(2)), Integer.parseInt(parts.get(1)),
                        Integer.parseInt(parts.getFirst()));
            } catch (NumberFormatException | DateTimeException e) {
                errors.add(day, getTranslation("voice.weDid.error.dueDate"));
            }
        }
        Set<UUID> linked = insights.getValue().stream().map(LinkableInsight::id).collect(Collectors.toSet());
        var entry = new NewWeDid(said.getValue(), willDo.getValue(), owner.getValue(), status.getValue(),
                reason.getValue(), due, forums.getValue(), linked);
        return errors.hasErrors() ? null : entry;
    }

    /** Shows each problem at its field, or at the top when it is about the entry as a whole. */
    void show(WeDidRefused refused, ErrorSummary errors) {
        for (var problem : refused.problems()) {
            var message = getTranslation(problem.messageKey(), problem.args());
            var field = fieldFor(problem.field());
            if (field == null) {
                errors.add(message);
            } else {
                add(errors, field, message);
            }
        }
    }

    private static <F extends Component & HasValidation> void add(ErrorSummary errors, Component field, String message) {
        @SuppressWarnings("unchecked")
        var validating = (F) field;
        errors.add(validating, message);
    }

    private @Nullable Component fieldFor(String field) {
        return switch (field) {
            case WeDidRefused.SAID -> said;
            case WeDidRefused.WILL_DO -> willDo;
            case WeDidRefused.OWNER -> owner;
            case WeDidRefused.STATUS -> status;
            case WeDidRefused.REASON -> reason;
            case WeDidRefused.DUE_ON -> day;
            case WeDidRefused.FORUMS -> forums;
            case WeDidRefused.INSIGHTS -> insights.getParent().isPresent() ? insights : null;
            case WeDidRefused.NOTE -> note.getParent().isPresent() ? note : null;
            default -> null;
        };
    }
}
