package london.victimvoice.portal.messaging;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a person said contact is safe, in Europe/London local time: on these days, within these times.
 * No days or no times means never; the outbox then holds or suppresses rather than guessing.
 */
public record ContactWindow(Set<DayOfWeek> days, List<DailyWindow> times) {

    /** Every day, all day: for people who set no limit. Quiet hours still apply. */
    public static final ContactWindow ANY = new ContactWindow(EnumSet.allOf(DayOfWeek.class),
            List.of(DailyWindow.WHOLE_DAY));

    public ContactWindow {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(times, "times");
        // Copies refuse null elements and keep a caller's later changes out.
        days = Set.copyOf(days);
        times = times.stream().map(t -> Objects.requireNonNull(t, "times must not contain null"))
                .sorted(Comparator.comparing(DailyWindow::from)).toList();
    }

    public boolean allows(LocalDateTime local) {
        return days.contains(local.getDayOfWeek())
                && times.stream().anyMatch(window -> window.contains(local.toLocalTime()));
    }

    /**
     * A stretch of one day, {@code from} inclusive, {@code until} exclusive. {@code until} of 00:00 means
     * the end of the day (a {@link LocalTime} cannot say 24:00); otherwise {@code from} must come first.
     */
    public record DailyWindow(LocalTime from, LocalTime until) {

        public static final DailyWindow WHOLE_DAY = new DailyWindow(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

        public DailyWindow {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            if (!endsAtMidnight(until) && !from.isBefore(until)) {
                throw new IllegalArgumentException("A contact time must start before it ends: " + from + "–" + until);
            }
        }

        public boolean contains(LocalTime time) {
            return !time.isBefore(from) && (endsAtMidnight(until) || time.isBefore(until));
        }

        private static boolean endsAtMidnight(LocalTime until) {
            return until.equals(LocalTime.MIDNIGHT);
        }
    }
}
