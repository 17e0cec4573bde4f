package london.victimvoice.portal.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Moments in plain words, London time, as GOV.UK writes them: "Tuesday 3 March", "6pm", "6:30pm",
 * "midday", "midnight". Pages and messages put them into their own sentences. Every module uses
 * this one, so a participant reads a time the same way on every page and in every message.
 */
public final class LondonTimes {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter DAY_WITH_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private LondonTimes() {
    }

    public static ZonedDateTime local(Instant instant) {
        return instant.atZone(LONDON);
    }

    public static LocalDate date(Instant instant) {
        return local(instant).toLocalDate();
    }

    /** "Tuesday 3 March". */
    public static String day(Instant instant) {
        return DAY.format(local(instant));
    }

    /** "Tuesday 3 March 2026". */
    public static String dayWithYear(Instant instant) {
        return DAY_WITH_YEAR.format(local(instant));
    }

    /** "Tuesday 3 March", or "Tuesday 3 March 2027" for a date that is not in the year of {@code now}. */
    public static String day(Instant instant, Instant now) {
        return date(instant).getYear() == date(now).getYear() ? day(instant) : dayWithYear(instant);
    }

    /** "6pm", "6:30pm", "midday", "midnight". */
    public static String time(Instant instant) {
        return time(local(instant).toLocalTime());
    }

    public static String time(LocalTime time) {
        var hour = time.getHour();
        var minute = time.getMinute();
        if (minute == 0 && hour == 12) {
            return "midday";
        }
        if (minute == 0 && hour == 0) {
            return "midnight";
        }
        var clockHour = hour % 12 == 0 ? 12 : hour % 12;
        return clockHour + (minute == 0 ? "" : String.format(Locale.UK, ":%02d", minute)) + (hour < 12 ? "am" : "pm");
    }

    /** "Tuesday 3 March, 6pm". */
    public static String dayAndTime(Instant instant) {
        return day(instant) + ", " + time(instant);
    }

    /** "Tuesday 3 March 2026, 6pm". */
    public static String dayWithYearAndTime(Instant instant) {
        return dayWithYear(instant) + ", " + time(instant);
    }

    /** "18:00", as a coordinator types it in a form. */
    public static String clock(Instant instant) {
        return CLOCK.format(local(instant));
    }
}
