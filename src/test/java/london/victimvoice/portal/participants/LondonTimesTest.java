package london.victimvoice.portal.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LondonTimesTest {

    @Test
    void moments_read_as_plain_words_in_london_time_across_the_clock_change() {
        assertThat(LondonTimes.dayAndTime(Instant.parse("2026-03-03T18:00:00Z"))).isEqualTo("Tuesday 3 March, 6pm");
        // After the last Sunday of March London is an hour ahead of UTC.
        assertThat(LondonTimes.dayAndTime(Instant.parse("2026-04-07T17:30:00Z"))).isEqualTo("Tuesday 7 April, 6:30pm");
        assertThat(LondonTimes.dayAndTime(Instant.parse("2026-01-05T12:00:00Z"))).isEqualTo("Monday 5 January, midday");
        assertThat(LondonTimes.dayAndTime(Instant.parse("2026-01-05T00:00:00Z"))).isEqualTo("Monday 5 January, midnight");
        assertThat(LondonTimes.dayAndTime(Instant.parse("2026-01-05T09:05:00Z"))).isEqualTo("Monday 5 January, 9:05am");
        assertThat(LondonTimes.dayAndTime(Instant.parse("2026-01-05T00:30:00Z"))).isEqualTo("Monday 5 January, 12:30am");
    }
}
