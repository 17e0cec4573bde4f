package london.victimvoice.portal.messaging;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The portal's own no-contact stretch in Europe/London local time, {@code from} inclusive, {@code until}
 * exclusive. Usually it crosses midnight (20:00–08:00); a stretch within one day works too.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0));

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        // Equal ends could mean "never quiet" or "always quiet"; refuse rather than pick one silently.
        if (from.equals(until)) {
            throw new IllegalArgumentException("Quiet hours must start and end at different times: " + from);
        }
    }

    public boolean isQuiet(LocalTime time) {
        if (from.isBefore(until)) {
            return !time.isBefore(from) && time.isBefore(until);
        }
        return !time.isBefore(from) || time.isBefore(until);
    }
}
