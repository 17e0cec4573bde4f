package london.victimvoice.portal.meetings.ui;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.event.TransactionalEventListener;

import london.victimvoice.portal.meetings.AttendanceRecorded;
import london.victimvoice.portal.support.MutableClock;

/** One context for the agenda and attendance page tests: a clock they move, and the events heard. */
@TestConfiguration
class AgendaPagesConfig {

    static final Instant NOW = Instant.parse("2031-03-01T10:00:00Z");
    /** Tuesday 18 March 2031, 6pm in London. */
    static final Instant MEETING = Instant.parse("2031-03-18T18:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(NOW);
    }

    @Bean
    Heard heard() {
        return new Heard();
    }

    static class Heard {
        final List<AttendanceRecorded> events = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(AttendanceRecorded event) {
            events.add(event);
        }
    }
}
