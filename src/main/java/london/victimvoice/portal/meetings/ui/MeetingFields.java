package london.victimvoice.portal.meetings.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.meetings.MeetingDetails;
import london.victimvoice.portal.meetings.MeetingField;
import london.victimvoice.portal.meetings.MeetingPlace;
import london.victimvoice.portal.meetings.SeriesPlan;

/**
 * The questions a new series and an edited meeting share: the date (GOV.UK day, month, year),
 * start and end times typed like "18:00", where, how many can come, and notes. What is typed
 * stays as typed when there are errors.
 */
class MeetingFields extends Div {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    final TextField day = new TextField();
    final TextField month = new TextField();
    final TextField year = new TextField();
    final TextField start = new TextField();
    final TextField end = new TextField();
    final TextArea address = new TextArea();
    final Checkbox stepFree = new Checkbox();
    final Checkbox hearingLoop = new Checkbox();
    final TextField station = new TextField();
    final TextField link = new TextField();
    final TextField capacity = new TextField();
    final TextArea notes = new TextArea();

    MeetingFields(String idPrefix, String dateLegendKey) {
        var date = new FieldSet(getTranslation(dateLegendKey));
        date.addClassName("date-input");
        var hint = new Paragraph(getTranslation("meetings.form.dateHint"));
        hint.addClassName("hint");
        field(day, idPrefix + "-day", "meetings.form.day", 2);
        field(month, idPrefix + "-month", "meetings.form.month", 2);
        field(year, idPrefix + "-year", "meetings.form.year", 4);
        for (var part : new TextField[] {day, month, year}) {
            part.getElement().setAttribute("inputmode", "numeric");
        }
        date.add(hint, day, month, year);
        field(start, idPrefix + "-start", "meetings.form.start", 5);
        field(end, idPrefix + "-end", "meetings.form.end", 5);
        start.setHelperText(getTranslation("meetings.form.timeHint"));
        end.setHelperText(getTranslation("meetings.form.timeHint"));

        var place = new FieldSet(getTranslation("meetings.form.place"));
        var placeHint = new Paragraph(getTranslation("meetings.form.placeHint"));
        placeHint.addClassName("hint");
        address.setLabel(getTranslation("meetings.form.address"));
        address.setId(idPrefix + "-address");
        address.setMaxLength(MeetingPlace.ADDRESS_MAX_LENGTH);
        stepFree.setLabel(getTranslation("meetings.form.stepFree"));
        stepFree.setId(idPrefix + "-step-free");
        hearingLoop.setLabel(getTranslation("meetings.form.hearingLoop"));
        hearingLoop.setId(idPrefix + "-hearing-loop");
        field(station, idPrefix + "-station", "meetings.form.station", MeetingPlace.STATION_MAX_LENGTH);
        field(link, idPrefix + "-link", "meetings.form.link", MeetingPlace.LINK_MAX_LENGTH);
        link.setHelperText(getTranslation("meetings.form.linkHint"));
        place.add(placeHint, address, new Div(stepFree), new Div(hearingLoop), station, link);

        field(capacity, idPrefix + "-capacity", "meetings.form.capacity", 3);
        capacity.getElement().setAttribute("inputmode", "numeric");
        notes.setLabel(getTranslation("meetings.form.notes"));
        notes.setId(idPrefix + "-notes");
        notes.setMaxLength(SeriesPlan.NOTES_MAX_LENGTH);
        addClassName("meeting-form");
        add(date, start, end, place, capacity, notes);
    }

    private void field(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
    }

    void fill(MeetingDetails meeting) {
        var date = LondonTimes.date(meeting.startsAt());
        day.setValue(Integer.toString(date.getDayOfMonth()));
        month.setValue(Integer.toString(date.getMonthValue()));
        year.setValue(Integer.toString(date.getYear()));
        start.setValue(LondonTimes.clock(meeting.startsAt()));
        end.setValue(LondonTimes.clock(meeting.endsAt()));
        var place = meeting.place();
        address.setValue(place.venueAddress() == null ? "" : place.venueAddress());
        stepFree.setValue(place.stepFree());
        hearingLoop.setValue(place.hearingLoop());
        station.setValue(place.nearestStation() == null ? "" : place.nearestStation());
        link.setValue(place.onlineLink() == null ? "" : place.onlineLink());
        capacity.setValue(Integer.toString(meeting.capacity()));
        notes.setValue(meeting.notes() == null ? "" : meeting.notes());
    }

    @Nullable LocalDate date(ErrorSummary errors) {
        try {
            return LocalDate.of(Integer.parseInt(year.getValue().strip()), Integer.parseInt(month.getValue().strip()),
                    Integer.parseInt(day.getValue().strip()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(day, getTranslation("meetings.error.date"));
            return null;
        }
    }

    @Nullable LocalTime startTime(ErrorSummary errors) {
        return time(start, "meetings.error.start", errors);
    }

    @Nullable LocalTime endTime(ErrorSummary errors) {
        return time(end, "meetings.error.end", errors);
    }

    private @Nullable LocalTime time(TextField field, String errorKey, ErrorSummary errors) {
        var matcher = TIME.matcher(field.getValue().strip());
        try {
            if (matcher.matches()) {
                return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            }
        } catch (DateTimeException e) {
            // Falls through to the error, as for anything else that is not a time.
        }
        errors.add(field, getTranslation(errorKey));
        return null;
    }

    MeetingPlace place() {
        return new MeetingPlace(address.getValue(), stepFree.getValue(), hearingLoop.getValue(), station.getValue(),
                link.getValue());
    }

    @Nullable Integer number(TextField field, ErrorSummary errors) {
        return number(this, field, errors);
    }

    static @Nullable Integer number(Component view, TextField field, ErrorSummary errors) {
        try {
            return Integer.parseInt(field.getValue().strip());
        } catch (NumberFormatException e) {
            errors.add(field, view.getTranslation("meetings.error.number"));
            return null;
        }
    }

    /** The field a refusal from the service is about, if it is one of these. */
    Optional<Component> fieldFor(MeetingField field) {
        return Optional.ofNullable(switch (field) {
            case DATE -> day;
            case START -> start;
            case END -> end;
            case ADDRESS -> address;
            case STATION -> station;
            case LINK -> link;
            case CAPACITY -> capacity;
            case NOTES -> notes;
            default -> null;
        });
    }

    static <F extends Component & HasValidation> void addError(ErrorSummary errors, Component field, String message) {
        if (field instanceof HasValidation) {
            @SuppressWarnings("unchecked")
            var validating = (F) field;
            errors.add(validating, message);
        } else {
            errors.addAt(field, message);
        }
    }
}
