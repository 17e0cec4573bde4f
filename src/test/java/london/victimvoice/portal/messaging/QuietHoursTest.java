package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    @Test
    void the_default_is_eight_in_the_evening_until_eight_in_the_morning() {
        var quiet = QuietHours.DEFAULT;

        assertThat(quiet).isEqualTo(new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0)));
        assertThat(quiet.isQuiet(LocalTime.of(19, 59, 59))).isFalse();
        assertThat(quiet.isQuiet(LocalTime.of(20, 0))).isTrue();
        assertThat(quiet.isQuiet(LocalTime.MIDNIGHT)).isTrue();
        assertThat(quiet.isQuiet(LocalTime.of(7, 59, 59))).isTrue();
        assertThat(quiet.isQuiet(LocalTime.of(8, 0))).isFalse();
        assertThat(quiet.isQuiet(LocalTime.NOON)).isFalse();
    }

    @Test
    void quiet_hours_within_one_day_work_too() {
        var lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));

        assertThat(lunch.isQuiet(LocalTime.of(11, 59))).isFalse();
        assertThat(lunch.isQuiet(LocalTime.of(12, 30))).isTrue();
        assertThat(lunch.isQuiet(LocalTime.of(13, 0))).isFalse();
        assertThat(lunch.isQuiet(LocalTime.of(23, 0))).isFalse();
    }

    @Test
    void quiet_hours_that_start_when_they_end_are_refused_as_ambiguous() {
        assertThatIllegalArgumentException().isThrownBy(() -> new QuietHours(LocalTime.of(20, 0), LocalTime.of(20, 0)))
                .withMessageContaining("different times");
    }

    @Test
    void quiet_hours_without_ends_are_refused() {
        assertThatNullPointerException().isThrownBy(() -> new QuietHours(null, LocalTime.of(8, 0)));
        assertThatNullPointerException().isThrownBy(() -> new QuietHours(LocalTime.of(20, 0), null));
    }
}
