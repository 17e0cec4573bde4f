package london.victimvoice.portal.participants.ui;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import london.victimvoice.portal.base.ui.ParticipantLayout;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.TimeOfDay;

/**
 * Step 5: how and when it is safe to contact them. Discreet messages are on unless they turn
 * them off; days and times are tick boxes, never a time picker.
 */
@Route(value = ForumsStepView.NEXT, layout = ParticipantLayout.class)
@AnonymousAllowed
class SafetyStepView extends QuestionPage {

    static final String NEXT = "join/equality";

    private final SignUpDraft draft;
    private final CheckboxGroup<ChannelType> channels = new CheckboxGroup<>();
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    private final CheckboxGroup<TimeOfDay> times = new CheckboxGroup<>();
    private final RadioButtonGroup<Boolean> discreet = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();
    private final TextField language = new TextField();
    private final CheckboxGroup<AccessNeed> needs = new CheckboxGroup<>();
    private final TextField needsOther = new TextField();

    SafetyStepView(SignUpDraft draft) {
        super("join.safety.heading", VerifyView.NEXT, NEXT);
        this.draft = draft;

        var available = new ArrayList<ChannelType>();
        if (Contact.sms(draft.mobile).isPresent()) {
            available.add(ChannelType.SMS);
        }
        if (Contact.email(draft.email).isPresent()) {
            available.add(ChannelType.EMAIL);
        }
        channels.setId("safe-channels");
        channels.setLabel(getTranslation("join.safety.channels"));
        channels.setItems(available);
        channels.setItemLabelGenerator(c -> getTranslation("join.safety.channel." + c.name()));
        channels.setValue(new LinkedHashSet<>(draft.safeChannels.isEmpty() && draft.verifiedChannel != null
                ? List.of(draft.verifiedChannel) : draft.safeChannels.stream().filter(available::contains).toList()));

        days.setId("safe-days");
        days.setLabel(getTranslation("join.safety.days"));
        days.setHelperText(getTranslation("join.safety.daysHint"));
        days.setItems(EnumSet.allOf(DayOfWeek.class));
        days.setItemLabelGenerator(d -> getTranslation("day." + d.name()));
        days.setValue(draft.safeDays);

        times.setId("safe-times");
        times.setLabel(getTranslation("join.safety.times"));
        times.setItems(EnumSet.allOf(TimeOfDay.class));
        times.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        times.setValue(draft.safeTimes);

        discreet.setId("discreet");
        discreet.setLabel(getTranslation("join.safety.discreet"));
        discreet.setHelperText(getTranslation("join.safety.discreetHint"));
        discreet.setItems(true, false);
        discreet.setItemLabelGenerator(d -> getTranslation(d ? "join.safety.discreet.yes" : "join.safety.discreet.no"));
        discreet.setValue(draft.discreetMessages);

        note.setId("safe-note");
        note.setLabel(getTranslation("join.safety.note") + " " + getTranslation("form.optional"));
        note.setHelperText(getTranslation("join.safety.noteHint"));
        note.setValue(draft.safeNote);

        language.setId("language");
        language.setLabel(getTranslation("join.safety.language") + " " + getTranslation("form.optional"));
        language.setValue(draft.preferredLanguage);

        needs.setId("access-needs");
        needs.setLabel(getTranslation("join.safety.needs") + " " + getTranslation("form.optional"));
        needs.setItems(EnumSet.allOf(AccessNeed.class));
        needs.setItemLabelGenerator(n -> getTranslation(n.labelKey()));
        needs.setValue(draft.accessNeeds);
        needsOther.setId("access-needs-other");
        needsOther.setLabel(getTranslation("join.safety.needsOther"));
        needsOther.setValue(draft.accessNeedsOther);

        addQuestions(new H2(getTranslation("join.safety.howHeading")), channels, discreet,
                new H2(getTranslation("join.safety.whenHeading")), days, times,
                new H2(getTranslation("join.safety.moreHeading")), note, language, needs, needsOther);
    }

    @Override
    void save() {
        draft.safeChannels = new LinkedHashSet<>(channels.getValue());
        draft.safeDays = days.getValue().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days.getValue());
        draft.safeTimes = times.getValue().isEmpty() ? EnumSet.noneOf(TimeOfDay.class) : EnumSet.copyOf(times.getValue());
        draft.discreetMessages = !Boolean.FALSE.equals(discreet.getValue());
        draft.safeNote = note.getValue();
        draft.preferredLanguage = language.getValue();
        draft.accessNeeds = needs.getValue().isEmpty() ? EnumSet.noneOf(AccessNeed.class) : EnumSet.copyOf(needs.getValue());
        draft.accessNeedsOther = needsOther.getValue();
        if (draft.safeChannels.isEmpty()) {
            errors.add(channels, getTranslation("join.safety.error.channels"));
        }
        if (draft.safeDays.isEmpty()) {
            errors.add(days, getTranslation("join.safety.error.days"));
        }
        if (draft.safeTimes.isEmpty()) {
            errors.add(times, getTranslation("join.safety.error.times"));
        }
        tooLong(note, ContactSafety.SAFE_NOTE_MAX_LENGTH, "join.safety.error.noteTooLong");
        tooLong(language, ContactSafety.PREFERRED_LANGUAGE_MAX_LENGTH, "join.safety.error.languageTooLong");
        tooLong(needsOther, ContactSafety.ACCESS_NEEDS_OTHER_MAX_LENGTH, "join.safety.error.needsOtherTooLong");
        if (needs.getValue().contains(AccessNeed.OTHER) && needsOther.getValue().isBlank()) {
            errors.add(needsOther, getTranslation("join.safety.error.needsOther"));
        }
    }

    private <F extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasValidation
            & com.vaadin.flow.component.HasValue<?, String>> void tooLong(F field, int max, String key) {
        var text = field.getValue();
        if (text.codePointCount(0, text.length()) > max) {
            errors.add(field, getTranslation(key, max));
        }
    }
}
