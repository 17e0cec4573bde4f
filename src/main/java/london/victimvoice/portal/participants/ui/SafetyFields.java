package london.victimvoice.portal.participants.ui;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.TimeOfDay;

/**
 * The contact-safety questions, as asked at sign-up and changed later from the participant's own
 * page: which channels are safe, discreet messages (on unless turned off), safe days and times
 * as tick boxes (never a time picker), a safe word or note, language and access needs.
 */
class SafetyFields extends Div {

    private final CheckboxGroup<ChannelType> channels = new CheckboxGroup<>();
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    private final CheckboxGroup<TimeOfDay> times = new CheckboxGroup<>();
    private final RadioButtonGroup<Boolean> discreet = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();
    private final TextField language = new TextField();
    private final CheckboxGroup<AccessNeed> needs = new CheckboxGroup<>();
    private final TextField needsOther = new TextField();

    /** @param available the channels they gave a contact for; only those can be marked safe */
    SafetyFields(List<ChannelType> available) {
        channels.setId("safe-channels");
        channels.setLabel(getTranslation("join.safety.channels"));
        channels.setItems(available);
        channels.setItemLabelGenerator(c -> getTranslation("join.safety.channel." + c.name()));

        days.setId("safe-days");
        days.setLabel(getTranslation("join.safety.days"));
        days.setHelperText(getTranslation("join.safety.daysHint"));
        days.setItems(EnumSet.allOf(DayOfWeek.class));
        days.setItemLabelGenerator(d -> getTranslation("day." + d.name()));

        times.setId("safe-times");
        times.setLabel(getTranslation("join.safety.times"));
        times.setItems(EnumSet.allOf(TimeOfDay.class));
        times.setItemLabelGenerator(t -> getTranslation(t.labelKey()));

        discreet.setId("discreet");
        discreet.setLabel(getTranslation("join.safety.discreet"));
        discreet.setHelperText(getTranslation("join.safety.discreetHint"));
        discreet.setItems(true, false);
        discreet.setItemLabelGenerator(d -> getTranslation(d ? "join.safety.discreet.yes" : "join.safety.discreet.no"));

        note.setId("safe-note");
        note.setLabel(getTranslation("join.safety.note") + " " + getTranslation("form.optional"));
        note.setHelperText(getTranslation("join.safety.noteHint"));

        language.setId("language");
        language.setLabel(getTranslation("join.safety.language") + " " + getTranslation("form.optional"));

        needs.setId("access-needs");
        needs.setLabel(getTranslation("join.safety.needs") + " " + getTranslation("form.optional"));
        needs.setItems(EnumSet.allOf(AccessNeed.class));
        needs.setItemLabelGenerator(n -> getTranslation(n.labelKey()));
        needsOther.setId("access-needs-other");
        needsOther.setLabel(getTranslation("join.safety.needsOther"));

        add(new H2(getTranslation("join.safety.howHeading")), channels, discreet,
                new H2(getTranslation("join.safety.whenHeading")), days, times,
                new H2(getTranslation("join.safety.moreHeading")), note, language, needs, needsOther);
    }

    void setValue(ContactSafety safety) {
        channels.setValue(new LinkedHashSet<>(safety.safeChannels()));
        days.setValue(safety.safeDays());
        times.setValue(safety.safeTimes());
        discreet.setValue(safety.discreetMessages());
        note.setValue(safety.safeNote());
        language.setValue(safety.preferredLanguage());
        needs.setValue(safety.accessNeeds());
        needsOther.setValue(safety.accessNeedsOther());
    }

    /** Exactly what is ticked and typed, checked or not. */
    ContactSafety value() {
        return new ContactSafety(new LinkedHashSet<>(channels.getValue()),
                days.getValue().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days.getValue()),
                times.getValue().isEmpty() ? EnumSet.noneOf(TimeOfDay.class) : EnumSet.copyOf(times.getValue()),
                !Boolean.FALSE.equals(discreet.getValue()), note.getValue(), language.getValue(),
                needs.getValue().isEmpty() ? EnumSet.noneOf(AccessNeed.class) : EnumSet.copyOf(needs.getValue()),
                needsOther.getValue());
    }

    /** Adds an error, linked to its field, for each answer that cannot be kept. */
    void check(ErrorSummary errors) {
        if (channels.getValue().isEmpty()) {
            errors.add(channels, getTranslation("join.safety.error.channels"));
        }
        if (days.getValue().isEmpty()) {
            errors.add(days, getTranslation("join.safety.error.days"));
        }
        if (times.getValue().isEmpty()) {
            errors.add(times, getTranslation("join.safety.error.times"));
        }
        tooLong(errors, note, ContactSafety.SAFE_NOTE_MAX_LENGTH, "join.safety.error.noteTooLong");
        tooLong(errors, language, ContactSafety.PREFERRED_LANGUAGE_MAX_LENGTH, "join.safety.error.languageTooLong");
        tooLong(errors, needsOther, ContactSafety.ACCESS_NEEDS_OTHER_MAX_LENGTH, "join.safety.error.needsOtherTooLong");
        if (needs.getValue().contains(AccessNeed.OTHER) && needsOther.getValue().isBlank()) {
            errors.add(needsOther, getTranslation("join.safety.error.needsOther"));
        }
    }

    private <F extends Component & HasValidation & HasValue<?, String>> void tooLong(ErrorSummary errors, F field,
            int max, String key) {
        var text = field.getValue();
        if (text.codePointCount(0, text.length()) > max) {
            errors.add(field, getTranslation(key, max));
        }
    }
}
