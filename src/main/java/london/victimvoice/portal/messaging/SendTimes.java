package london.victimvoice.portal.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Finds the first moment a message may go: inside the person's safe days and times and outside the
 * portal's quiet hours, both read as local time in one zone.
 *
 * <p>Rather than stepping through time, it checks only the moments where sending can become allowed:
 * a local time where a contact window starts or quiet hours end (every instant with that local time, so
 * both occurrences on the day clocks go back), and each offset change (on the day clocks go forward a
 * window starting in the skipped hour opens when the clocks jump). The first allowed candidate is exact
 * to the nanosecond. The weekly pattern repeats, so a little over a week of candidates is enough; if none
 * is allowed, none ever will be.
 */
public final class SendTimes {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A week plus a day, so a day lost or gained to a clock change cannot hide the last candidate. */
    static final int SEARCH_DAYS = 8;

    private final ZoneId zone;

    public SendTimes(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public static SendTimes london() {
        return new SendTimes(LONDON);
    }

    /** {@code now} when sending now is allowed, else the earliest later allowed instant, else empty. */
    public Optional<Instant> nextAllowed(Instant now, ContactWindow window, QuietHours quiet) {
        if (allowed(now, window, quiet)) {
            return Optional.of(now);
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant horizon = today.plusDays(SEARCH_DAYS + 1L).atStartOfDay(zone).toInstant();
        var candidates = new TreeSet<Instant>();
        ZoneRules rules = zone.getRules();
        for (int day = 0; day <= SEARCH_DAYS; day++) {
            LocalDate date = today.plusDays(day);
            for (LocalTime opening : openings(window, quiet)) {
                LocalDateTime local = date.atTime(opening);
                for (ZoneOffset offset : rules.getValidOffsets(local)) {
                    candidates.add(local.toInstant(offset));
                }
            }
        }
        for (ZoneOffsetTransition change = rules.nextTransition(now);
                change != null && change.getInstant().isBefore(horizon);
                change = rules.nextTransition(change.getInstant())) {
            candidates.add(change.getInstant());
        }
        return candidates.tailSet(now, false).stream()
                .filter(candidate -> allowed(candidate, window, quiet))
                .findFirst();
    }

    /**
     * Whether a message allowed only at {@code allowedAt} would come too late for what it is about.
     * Arriving exactly at {@code expiresAt} counts as too late; no expiry means never too late.
     */
    public static boolean tooLate(Instant allowedAt, @Nullable Instant expiresAt) {
        return expiresAt != null && !allowedAt.isBefore(expiresAt);
    }

    private boolean allowed(Instant instant, ContactWindow window, QuietHours quiet) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return window.allows(local) && !quiet.isQuiet(local.toLocalTime());
    }

    private static List<LocalTime> openings(ContactWindow window, QuietHours quiet) {
        var openings = new ArrayList<LocalTime>();
        openings.add(LocalTime.MIDNIGHT);
        openings.add(quiet.until());
        window.times().forEach(time -> openings.add(time.from()));
        return openings;
    }
}
