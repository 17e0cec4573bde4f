package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Meeting dates and times in plain words, London time: "Tuesday 3 March" and "6pm" or "6:30pm",
 * as GOV.UK writes them. Pages and messages put them into their own sentences.
 */
public final class MeetingTimes {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter DAY_WITH_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("ha", Locale.UK);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private MeetingTimes() {
    }

    public static ZonedDateTime local(Instant instant) {
        return instant.atZone(LONDON);
    }

    /** "Tuesday 3 March". */
    public static String day(Instant instant) {
        return DAY.format(local(instant));
    }

    /** "Tuesday 3 March 2026": for a date that is not this year. */
    public static String day(Instant instant, Instant now) {
        var date = local(instant).toLocalDate();
        return date.getYear() == local(now).getYear() ? DAY.format(date) : DAY_WITH_YEAR.format(date);
    }

    /** "6pm", "6:30pm", "12pm" for midday. */
    public static String time(Instant instant) {
        return time(local(instant).toLocalTime());
    }

    public static String time(LocalTime time) {
        var format = time.getMinute() == 0 ? HOUR : HOUR_MINUTE;
        return format.format(time).toLowerCase(Locale.UK);
    }

    /** "18:00", as a coordinator types it in a form. */
    public static String clock(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").format(local(instant));
    }

    public static LocalDate date(Instant instant) {
        return local(instant).toLocalDate();
    }
}
