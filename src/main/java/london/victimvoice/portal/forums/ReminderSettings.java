package london.victimvoice.portal.forums;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/**
 * When a forum's members are reminded of its meetings: so many whole days before each meeting, at a
 * London local time. Meetings plans its reminders from these.
 *
 * @param daysBefore distinct, from {@link #MIN_DAYS} to {@link #MAX_DAYS}, at most {@link #MAX_REMINDERS},
 *                   largest first; empty for no reminders
 * @param at         the London local time of day they are sent
 */
public record ReminderSettings(List<Integer> daysBefore, LocalTime at) {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 28;
    public static final int MAX_REMINDERS = 3;
    /** The earliest and latest times allowed: messages are not sent at night. */
    public static final LocalTime EARLIEST = LocalTime.of(8, 0);
    public static final LocalTime LATEST = LocalTime.of(19, 59);
    public static final ReminderSettings DEFAULT = new ReminderSettings(List.of(7, 1), LocalTime.of(10, 0));

    public ReminderSettings {
        daysBefore = daysBefore.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        at = at.withSecond(0).withNano(0);
    }

    /** As stored: "7,1"; "" for none. */
    String stored() {
        return String.join(",", daysBefore.stream().map(String::valueOf).toList());
    }

    static List<Integer> parseStored(String stored) {
        if (stored.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(stored.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}
