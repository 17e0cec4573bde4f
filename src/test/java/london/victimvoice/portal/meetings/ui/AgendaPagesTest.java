package london.victimvoice.portal.meetings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AgendaPagesTest {

    @Test
    void times_are_london_times_in_words_without_needless_minutes() {
        assertThat(AgendaPages.time(Instant.parse("2031-03-18T18:00:00Z"))).isEqualTo("Tuesday 18 March 2031, 6pm");
        // After the clocks go forward: 17:30 UTC is 6:30pm in London.
        assertThat(AgendaPages.time(Instant.parse("2031-04-01T17:30:00Z"))).isEqualTo("Tuesday 1 April 2031, 6:30pm");
        assertThat(AgendaPages.time(Instant.parse("2031-04-01T09:00:00Z"))).isEqualTo("Tuesday 1 April 2031, 10am");
    }
}
