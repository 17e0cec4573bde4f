package london.victimvoice.portal.participants;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments in plain words, London time, the GOV.UK way: "Tuesday 3 March, 6pm", "6:30pm", "midday". */
public final class LondonTimes {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private LondonTimes() {
    }

    public static String dayAndTime(Instant instant) {
        var local = instant.atZone(LONDON);
        return DAY.format(local) + ", " + time(local.getHour(), local.getMinute());
    }

    static String time(int hour, int minute) {
        if (minute == 0 && hour == 12) {
            return "midday";
        }
        if (minute == 0 && hour == 0) {
            return "midnight";
        }
        var clockHour = hour % 12 == 0 ? 12 : hour % 12;
        return clockHour + (minute == 0 ? "" : String.format(Locale.UK, ":%02d", minute)) + (hour < 12 ? "am" : "pm");
    }
}
