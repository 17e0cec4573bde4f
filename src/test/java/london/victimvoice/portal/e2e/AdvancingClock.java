package london.victimvoice.portal.e2e;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

import london.victimvoice.portal.support.ClockInZone;

/**
 * The real clock, which a browser test can move ahead so that a code expires or a limit runs
 * out without waiting. It never moves back: time that has passed for one test has passed for
 * every test after it, as it would in real life, so no rule sees time run backwards.
 */
@TestComponent
@Primary
class AdvancingClock extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(toDaytime(Instant.now()));

    /**
     * Starts in London office hours: messages to participants are held at night (quiet hours and
     * their safe times), and a browser test reading the dev outbox must not depend on when it runs.
     */
    static Duration toDaytime(Instant now) {
        var london = now.atZone(ZoneId.of("Europe/London"));
        var hour = london.getHour();
        if (hour >= 9 && hour < 15) {
            return Duration.ZERO;
        }
        var day = hour < 9 ? london.toLocalDate() : london.toLocalDate().plusDays(1);
        return Duration.between(now, day.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The clock only moves ahead");
        }
        ahead.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ClockInZone(this, zone);
    }
}
