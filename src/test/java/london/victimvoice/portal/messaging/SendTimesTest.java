package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import london.victimvoice.portal.messaging.ContactWindow.DailyWindow;

import org.junit.jupiter.api.Test;

class SendTimesTest {

    private static final DailyWindow EVENING = new DailyWindow(LocalTime.of(17, 0), LocalTime.of(20, 0));
    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    private final SendTimes times = SendTimes.london();

    private Optional<Instant> next(String now, ContactWindow window, QuietHours quiet) {
        return times.nextAllowed(Instant.parse(now), window, quiet);
    }

    private static ContactWindow window(Set<DayOfWeek> days, int fromHour, int fromMinute, int untilHour, int untilMinute) {
        return new ContactWindow(days, List.of(new DailyWindow(LocalTime.of(fromHour, fromMinute),
                LocalTime.of(untilHour, untilMinute))));
    }

    @Test
    void one_minute_before_quiet_hours_a_message_goes_now() {
        // Friday 20 March 2026, GMT: UTC is local time.
        assertThat(next("2026-03-20T19:59:00Z", ContactWindow.ANY, QuietHours.DEFAULT))
                .contains(Instant.parse("2026-03-20T19:59:00Z"));
    }

    @Test
    void at_the_start_of_quiet_hours_a_message_waits_until_eight_next_morning() {
        assertThat(next("2026-03-20T20:00:00Z", ContactWindow.ANY, QuietHours.DEFAULT))
                .contains(Instant.parse("2026-03-21T08:00:00Z"));
    }

    @Test
    void quiet_hours_are_london_time_in_summer() {
        // Friday 19 June 2026, BST: 19:30 UTC is 20:30 in London.
        assertThat(next("2026-06-19T19:30:00Z", ContactWindow.ANY, QuietHours.DEFAULT))
                .contains(Instant.parse("2026-06-20T07:00:00Z"));
    }

    @Test
    void a_saturday_only_person_on_a_monday_waits_until_saturday_morning() {
        var saturdays = new ContactWindow(EnumSet.of(DayOfWeek.SATURDAY), List.of(DailyWindow.WHOLE_DAY));

        assertThat(next("2026-03-23T10:00:00Z", saturdays, QuietHours.DEFAULT))
                .contains(Instant.parse("2026-03-28T08:00:00Z"));
    }

    @Test
    void an_evening_only_person_at_ten_in_the_morning_waits_until_five() {
        var evenings = new ContactWindow(EVERY_DAY, List.of(EVENING));

        // Monday 15 June 2026, BST: 09:00 UTC is 10:00 in London, 17:00 in London is 16:00 UTC.
        assertThat(next("2026-06-15T09:00:00Z", evenings, QuietHours.DEFAULT))
                .contains(Instant.parse("2026-06-15T16:00:00Z"));
    }

    @Test
    void the_earliest_of_several_times_is_chosen() {
        var morningsAndEvenings = new ContactWindow(EVERY_DAY,
                List.of(EVENING, new DailyWindow(LocalTime.of(8, 0), LocalTime.of(12, 0))));

        assertThat(next("2026-03-23T12:30:00Z", morningsAndEvenings, QuietHours.DEFAULT))
                .contains(Instant.parse("2026-03-23T17:00:00Z"));
        assertThat(next("2026-03-23T20:30:00Z", morningsAndEvenings, QuietHours.DEFAULT))
                .contains(Instant.parse("2026-03-24T08:00:00Z"));
    }

    @Test
    void a_time_that_runs_into_quiet_hours_is_cut_short_by_them() {
        var lateEvening = window(EVERY_DAY, 19, 0, 21, 0);

        assertThat(next("2026-03-20T20:30:00Z", lateEvening, QuietHours.DEFAULT))
                .contains(Instant.parse("2026-03-21T19:00:00Z"));
    }

    @Test
    void a_time_that_starts_inside_quiet_hours_opens_when_they_end() {
        var early = window(EVERY_DAY, 7, 0, 9, 0);

        assertThat(next("2026-03-20T06:00:00Z", early, QuietHours.DEFAULT))
                .contains(Instant.parse("2026-03-20T08:00:00Z"));
    }

    @Test
    void a_person_whose_times_are_all_inside_quiet_hours_can_never_be_reached() {
        var night = window(EVERY_DAY, 21, 0, 23, 0);

        assertThat(next("2026-03-20T12:00:00Z", night, QuietHours.DEFAULT)).isEmpty();
    }

    @Test
    void a_person_with_no_days_or_no_times_can_never_be_reached() {
        var noDays = new ContactWindow(EnumSet.noneOf(DayOfWeek.class), List.of(EVENING));
        var noTimes = new ContactWindow(EVERY_DAY, List.of());

        assertThat(next("2026-03-20T12:00:00Z", noDays, QuietHours.DEFAULT)).isEmpty();
        assertThat(next("2026-03-20T12:00:00Z", noTimes, QuietHours.DEFAULT)).isEmpty();
    }

    @Test
    void on_the_spring_forward_day_quiet_hours_end_at_eight_summer_time() {
        // 29 March 2026: 01:00 UTC is when 01:00 GMT becomes 02:00 BST. 01:30 UTC is 02:30 in London.
        assertThat(next("2026-03-29T01:30:00Z", ContactWindow.ANY, QuietHours.DEFAULT))
                .contains(Instant.parse("2026-03-29T07:00:00Z"));
        assertThat(next("2026-03-28T21:00:00Z", ContactWindow.ANY, QuietHours.DEFAULT))
                .contains(Instant.parse("2026-03-29T07:00:00Z"));
    }

    @Test
    void a_time_starting_in_the_skipped_hour_opens_when_the_clocks_jump() {
        // Local 01:30 does not exist on 29 March 2026; the window's part after the jump, 02:00–02:30, does.
        var nightOwl = window(EnumSet.of(DayOfWeek.SUNDAY), 1, 30, 2, 30);
        var shortQuiet = new QuietHours(LocalTime.of(22, 0), LocalTime.of(1, 0));

        assertThat(next("2026-03-29T00:30:00Z", nightOwl, shortQuiet))
                .contains(Instant.parse("2026-03-29T01:00:00Z"));
    }

    @Test
    void a_time_wholly_inside_the_skipped_hour_waits_a_week() {
        var skipped = window(EnumSet.of(DayOfWeek.SUNDAY), 1, 15, 1, 45);
        var shortQuiet = new QuietHours(LocalTime.of(22, 0), LocalTime.of(1, 0));

        // Next Sunday 01:15 BST is 00:15 UTC.
        assertThat(next("2026-03-29T00:30:00Z", skipped, shortQuiet))
                .contains(Instant.parse("2026-04-05T00:15:00Z"));
    }

    @Test
    void on_the_fall_back_day_quiet_hours_end_at_eight_winter_time() {
        // Saturday 24 October 2026 19:30 UTC is 20:30 BST; Sunday 08:00 GMT is 08:00 UTC: 11.5 hours on the
        // wall clock, 12.5 really, because 01:00–02:00 happens twice.
        var next = next("2026-10-24T19:30:00Z", ContactWindow.ANY, QuietHours.DEFAULT);

        assertThat(next).contains(Instant.parse("2026-10-25T08:00:00Z"));
        assertThat(Duration.between(Instant.parse("2026-10-24T19:30:00Z"), next.orElseThrow()))
                .isEqualTo(Duration.ofMinutes(12 * 60 + 30));
    }

    @Test
    void a_local_time_that_happens_twice_opens_again_the_second_time() {
        // 25 October 2026: 01:00–02:00 local happens in BST (00:00–01:00 UTC) and again in GMT (01:00–02:00 UTC).
        var window = window(EVERY_DAY, 1, 15, 1, 45);
        var shortQuiet = new QuietHours(LocalTime.of(22, 0), LocalTime.of(0, 30));

        assertThat(next("2026-10-25T00:20:00Z", window, shortQuiet)).contains(Instant.parse("2026-10-25T00:20:00Z"));
        assertThat(next("2026-10-25T00:50:00Z", window, shortQuiet)).contains(Instant.parse("2026-10-25T01:15:00Z"));
        assertThat(next("2026-10-25T01:50:00Z", window, shortQuiet)).contains(Instant.parse("2026-10-26T01:15:00Z"));
    }

    @Test
    void the_answer_is_allowed_and_nothing_earlier_is_for_random_people_and_moments() {
        var random = new Random(20260329);
        Instant[] around = {Instant.parse("2026-03-25T00:00:00Z"), Instant.parse("2026-10-21T00:00:00Z"),
                Instant.parse("2026-07-01T00:00:00Z")};
        for (int run = 0; run < 300; run++) {
            Instant now = around[run % around.length].plusSeconds(random.nextLong(10 * 24 * 3600));
            var days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(3) == 0) {
                    days.add(day);
                }
            }
            int from = random.nextInt(24 * 4 - 1);
            int until = from + 1 + random.nextInt(24 * 4 - from);
            var window = new ContactWindow(days, List.of(new DailyWindow(quarter(from), quarter(until))));
            var quiet = new QuietHours(LocalTime.of(18 + random.nextInt(6), 0), LocalTime.of(random.nextInt(9), 30));

            var next = times.nextAllowed(now, window, quiet);

            Instant end = next.orElse(now.plus(Duration.ofDays(8)));
            next.ifPresent(found -> assertThat(allowed(found, window, quiet)).as("%s %s %s", now, window, quiet).isTrue());
            for (Instant t = now.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60); t.isBefore(end); t = t.plusSeconds(60)) {
                assertThat(allowed(t, window, quiet)).as("%s allowed before %s for %s %s", t, next, window, quiet)
                        .isFalse();
            }
        }
    }

    private static LocalTime quarter(int quarters) {
        return quarters == 24 * 4 ? LocalTime.MIDNIGHT : LocalTime.of(quarters / 4, quarters % 4 * 15);
    }

    private static boolean allowed(Instant instant, ContactWindow window, QuietHours quiet) {
        var local = LocalDateTime.ofInstant(instant, SendTimes.LONDON);
        return window.allows(local) && !quiet.isQuiet(local.toLocalTime());
    }

    @Test
    void a_message_allowed_only_at_or_after_the_event_is_too_late() {
        var event = Instant.parse("2026-03-20T18:00:00Z");

        assertThat(SendTimes.tooLate(event.minusSeconds(1), event)).isFalse();
        assertThat(SendTimes.tooLate(event, event)).isTrue();
        assertThat(SendTimes.tooLate(event.plusSeconds(1), event)).isTrue();
    }

    @Test
    void a_message_about_nothing_that_expires_is_never_too_late() {
        assertThat(SendTimes.tooLate(Instant.parse("2030-01-01T00:00:00Z"), null)).isFalse();
    }
}
