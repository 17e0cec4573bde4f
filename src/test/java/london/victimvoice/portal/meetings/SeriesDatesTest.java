package london.victimvoice.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import london.victimvoice.portal.base.LondonTimes;

class SeriesDatesTest {

    @Test
    void a_six_pm_meeting_stays_at_six_pm_local_across_the_march_and_october_clock_changes() {
        // Tuesday 3 March 2026, then every 6 weeks: 14 April (BST, after 29 March), ...,
        // 29 September (BST), 10 November (GMT, after 25 October).
        var slots = SeriesDates.of(LocalDate.of(2026, 3, 3), LocalTime.of(18, 0), LocalTime.of(20, 0), 6, 7);

        assertThat(slots).hasSize(7);
        assertThat(slots.get(0).startsAt()).isEqualTo(Instant.parse("2026-03-03T18:00:00Z"));
        assertThat(slots.get(1).startsAt()).isEqualTo(Instant.parse("2026-04-14T17:00:00Z"));
        assertThat(slots.get(5).startsAt()).isEqualTo(Instant.parse("2026-09-29T17:00:00Z"));
        assertThat(slots.get(6).startsAt()).isEqualTo(Instant.parse("2026-11-10T18:00:00Z"));
        assertThat(slots.get(6).endsAt()).isEqualTo(Instant.parse("2026-11-10T20:00:00Z"));
        assertThat(slots).allSatisfy(slot -> {
            assertThat(LondonTimes.local(slot.startsAt()).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
            assertThat(LondonTimes.local(slot.endsAt()).toLocalTime()).isEqualTo(LocalTime.of(20, 0));
        });
    }

    @Test
    void the_interval_sets_the_weeks_between_meetings() {
        var slots = SeriesDates.of(LocalDate.of(2026, 1, 6), LocalTime.of(10, 30), LocalTime.of(12, 0), 2, 3);

        assertThat(slots).extracting(s -> LondonTimes.date(s.startsAt()))
                .containsExactly(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 3));
    }
}
