package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PacingSettingsTest {

    @Test
    void the_defaults_stay_under_twilios_ten_a_second_per_uk_sender() {
        assertThat(PacingSettings.DEFAULT).isEqualTo(new PacingSettings(9, 30, Duration.ofSeconds(60)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void a_rate_that_is_not_a_positive_number_is_refused(double rate) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PacingSettings(rate, 30, Duration.ofSeconds(60)))
                .withMessageContaining("segmentsPerSecondPerSender");
        assertThatIllegalArgumentException().isThrownBy(() -> new PacingSettings(9, rate, Duration.ofSeconds(60)))
                .withMessageContaining("globalSegmentsPerSecond");
    }

    @Test
    void a_maximum_backoff_below_the_first_backoff_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PacingSettings(9, 30, Duration.ofMillis(999)))
                .withMessageContaining("maxBackoff");
        assertThatIllegalArgumentException().isThrownBy(() -> new PacingSettings(9, 30, Duration.ofSeconds(-5)));
        assertThatNullPointerException().isThrownBy(() -> new PacingSettings(9, 30, null));
    }

    @Test
    void fractional_rates_and_a_one_second_cap_are_accepted() {
        var slow = new PacingSettings(0.5, 1.5, Duration.ofSeconds(1));

        assertThat(slow.segmentsPerSecondPerSender()).isEqualTo(0.5);
    }
}
