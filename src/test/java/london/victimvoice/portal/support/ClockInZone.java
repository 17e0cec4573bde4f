package london.victimvoice.portal.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A test clock seen in another time zone: the same instants, so it moves when the clock it views moves. */
public final class ClockInZone extends Clock {

    private final Clock source;
    private final ZoneId zone;

    public ClockInZone(Clock source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ClockInZone(source, other);
    }

    @Override
    public Instant instant() {
        return source.instant();
    }
}
