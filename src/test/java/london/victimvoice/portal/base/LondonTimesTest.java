package london.victimvoice.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** Times in plain words, the GOV.UK way, as every page and message shows them. */
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


    @Test
    void days_read_as_plain_words_in_london_time() {
        assertThat(LondonTimes.day(Instant.parse("2026-03-03T18:00:00Z"))).isEqualTo("Tuesday 3 March");
        // 23:30 UTC on 30 June is already 1 July in London (BST).
        assertThat(LondonTimes.day(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo("Wednesday 1 July");
    }

    @Test
    void the_year_shows_only_when_it_is_not_this_year() {
        var now = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(LondonTimes.day(Instant.parse("2026-12-01T18:00:00Z"), now)).isEqualTo("Tuesday 1 December");
        assertThat(LondonTimes.day(Instant.parse("2027-01-12T18:00:00Z"), now)).isEqualTo("Tuesday 12 January 2027");
    }

    @Test
    void times_drop_the_minutes_on_the_hour() {
        assertThat(LondonTimes.time(LocalTime.of(18, 0))).isEqualTo("6pm");
        assertThat(LondonTimes.time(LocalTime.of(18, 30))).isEqualTo("6:30pm");
        assertThat(LondonTimes.time(LocalTime.of(9, 5))).isEqualTo("9:05am");
        assertThat(LondonTimes.time(LocalTime.of(12, 0))).isEqualTo("midday");
        assertThat(LondonTimes.time(Instant.parse("2026-07-07T17:00:00Z"))).isEqualTo("6pm");
    }

    @Test
    void with_the_year_and_the_form_clock() {
        var moment = Instant.parse("2031-03-18T18:00:00Z");
        assertThat(LondonTimes.dayWithYearAndTime(moment)).isEqualTo("Tuesday 18 March 2031, 6pm");
        // After the clock change: 17:30 UTC is 6:30pm in London.
        assertThat(LondonTimes.dayWithYearAndTime(Instant.parse("2031-04-01T17:30:00Z")))
                .isEqualTo("Tuesday 1 April 2031, 6:30pm");
        assertThat(LondonTimes.dayWithYearAndTime(Instant.parse("2031-04-01T09:00:00Z")))
                .isEqualTo("Tuesday 1 April 2031, 10am");
        assertThat(LondonTimes.clock(Instant.parse("2026-07-07T17:00:00Z"))).isEqualTo("18:00");
    }
}
