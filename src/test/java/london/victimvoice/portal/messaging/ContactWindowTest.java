package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import london.victimvoice.portal.messaging.ContactWindow.DailyWindow;

import org.junit.jupiter.api.Test;

class ContactWindowTest {

    private static final DailyWindow MORNING = new DailyWindow(LocalTime.of(8, 0), LocalTime.of(12, 0));

    @Test
    void a_time_that_ends_before_it_starts_or_when_it_starts_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DailyWindow(LocalTime.of(12, 0), LocalTime.of(8, 0)))
                .withMessageContaining("start before it ends");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DailyWindow(LocalTime.of(12, 0), LocalTime.of(12, 0)));
    }

    @Test
    void a_time_without_ends_is_refused() {
        assertThatNullPointerException().isThrownBy(() -> new DailyWindow(null, LocalTime.NOON));
        assertThatNullPointerException().isThrownBy(() -> new DailyWindow(LocalTime.NOON, null));
    }

    @Test
    void the_start_is_inside_and_the_end_is_outside() {
        assertThat(MORNING.contains(LocalTime.of(7, 59, 59))).isFalse();
        assertThat(MORNING.contains(LocalTime.of(8, 0))).isTrue();
        assertThat(MORNING.contains(LocalTime.of(11, 59, 59))).isTrue();
        assertThat(MORNING.contains(LocalTime.NOON)).isFalse();
    }

    @Test
    void an_end_of_midnight_means_the_end_of_the_day() {
        var lateEvening = new DailyWindow(LocalTime.of(22, 0), LocalTime.MIDNIGHT);

        assertThat(lateEvening.contains(LocalTime.MAX)).isTrue();
        assertThat(lateEvening.contains(LocalTime.MIDNIGHT)).isFalse();
        assertThat(DailyWindow.WHOLE_DAY.contains(LocalTime.MIDNIGHT)).isTrue();
        assertThat(DailyWindow.WHOLE_DAY.contains(LocalTime.MAX)).isTrue();
    }

    @Test
    void any_allows_every_moment_of_the_week() {
        for (DayOfWeek day : DayOfWeek.values()) {
            var monday = LocalDateTime.of(2026, 12, 7, 0, 0);
            assertThat(ContactWindow.ANY.allows(monday.plusDays(day.ordinal()))).isTrue();
            assertThat(ContactWindow.ANY.allows(monday.plusDays(day.ordinal()).with(LocalTime.MAX))).isTrue();
        }
    }

    @Test
    void only_the_chosen_days_and_times_are_allowed() {
        var window = new ContactWindow(EnumSet.of(DayOfWeek.SATURDAY), List.of(MORNING));
        var saturday = LocalDateTime.of(2026, 12, 12, 9, 0);

        assertThat(window.allows(saturday)).isTrue();
        assertThat(window.allows(saturday.withHour(13))).isFalse();
        assertThat(window.allows(saturday.minusDays(1))).isFalse();
    }

    @Test
    void no_days_or_no_times_allow_nothing() {
        var noon = LocalDateTime.of(2026, 12, 7, 12, 0);

        assertThat(new ContactWindow(EnumSet.noneOf(DayOfWeek.class), List.of(MORNING)).allows(noon.withHour(9))).isFalse();
        assertThat(new ContactWindow(EnumSet.allOf(DayOfWeek.class), List.of()).allows(noon)).isFalse();
    }

    @Test
    void null_days_times_or_elements_are_refused() {
        assertThatNullPointerException().isThrownBy(() -> new ContactWindow(null, List.of(MORNING)));
        assertThatNullPointerException().isThrownBy(() -> new ContactWindow(EnumSet.allOf(DayOfWeek.class), null));
        assertThatNullPointerException().isThrownBy(
                () -> new ContactWindow(EnumSet.allOf(DayOfWeek.class), Arrays.asList(MORNING, null)));
        assertThatNullPointerException().isThrownBy(
                () -> new ContactWindow(new HashSet<>(Arrays.asList(DayOfWeek.MONDAY, null)), List.of(MORNING)));
    }

    @Test
    void later_changes_to_the_callers_collections_do_not_leak_in() {
        var days = EnumSet.of(DayOfWeek.MONDAY);
        var times = new ArrayList<>(List.of(MORNING));
        var window = new ContactWindow(days, times);

        days.add(DayOfWeek.TUESDAY);
        times.clear();

        assertThat(window.days()).containsExactly(DayOfWeek.MONDAY);
        assertThat(window.times()).containsExactly(MORNING);
    }
}
