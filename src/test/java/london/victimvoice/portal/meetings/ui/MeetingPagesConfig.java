package london.victimvoice.portal.meetings.ui;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import london.victimvoice.portal.support.MutableClock;

/** One context for the meeting page tests: a clock they set and move. */
@TestConfiguration
class MeetingPagesConfig {

    /** Saturday 1 February 2031; the clocks go forward on 30 March 2031. */
    static final Instant NOW = Instant.parse("2031-02-01T10:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(NOW);
    }
}
