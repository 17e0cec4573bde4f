package london.victimvoice.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class MeetingTimesTest {

    @Test
    void days_read_as_plain_words_in_london_time() {
        assertThat(MeetingTimes.day(Instant.parse("2026-03-03T18:00:00Z"))).isEqualTo("Tuesday 3 March");
        // 23:30 UTC on 30 June is already 1 July in London (BST).
        assertThat(MeetingTimes.day(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo("Wednesday 1 July");
    }

    @Test
    void the_year_shows_only_when_it_is_not_this_year() {
        var now = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(MeetingTimes.day(Instant.parse("2026-12-01T18:00:00Z"), now)).isEqualTo("Tuesday 1 December");
        assertThat(MeetingTimes.day(Instant.parse("2027-01-12T18:00:00Z"), now)).isEqualTo("Tuesday 12 January 2027");
    }

    @Test
    void times_drop_the_minutes_on_the_hour() {
        assertThat(MeetingTimes.time(LocalTime.of(18, 0))).isEqualTo("6pm");
        assertThat(MeetingTimes.time(LocalTime.of(18, 30))).isEqualTo("6:30pm");
        assertThat(MeetingTimes.time(LocalTime.of(9, 5))).isEqualTo("9:05am");
        assertThat(MeetingTimes.time(LocalTime.of(12, 0))).isEqualTo("12pm");
        assertThat(MeetingTimes.time(Instant.parse("2026-07-07T17:00:00Z"))).isEqualTo("6pm");
    }
}
