package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.util.HashSet;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    private static final RandomGenerator NO_JITTER = () -> 0L;
    private static final RandomGenerator MOST_JITTER = () -> -1L;

    @Test
    void the_default_doubles_from_thirty_seconds_and_gives_up_after_five_attempts() {
        var policy = RetryPolicy.DEFAULT;

        assertThat(policy).isEqualTo(new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(30), 0.2));
        assertThat(policy.delayAfter(1, NO_JITTER)).contains(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2, NO_JITTER)).contains(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(3, NO_JITTER)).contains(Duration.ofSeconds(120));
        assertThat(policy.delayAfter(4, NO_JITTER)).contains(Duration.ofSeconds(240));
        assertThat(policy.delayAfter(5, NO_JITTER)).isEmpty();
        assertThat(policy.delayAfter(6, NO_JITTER)).isEmpty();
    }

    @Test
    void delays_stop_growing_at_the_cap() {
        var policy = new RetryPolicy(1000, Duration.ofSeconds(30), Duration.ofMinutes(30), 0.2);

        assertThat(policy.delayAfter(7, NO_JITTER)).contains(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(8, NO_JITTER)).contains(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(999, NO_JITTER)).contains(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(999, MOST_JITTER)).hasValueSatisfying(delay -> assertThat(delay)
                .isBetween(Duration.ofMinutes(24), Duration.ofMinutes(30)));
    }

    @Test
    void jitter_only_ever_shortens_a_delay_by_at_most_its_fraction() {
        var policy = RetryPolicy.DEFAULT;
        var random = new SplittableRandom(5);
        var seen = new HashSet<Duration>();

        for (int i = 0; i < 1000; i++) {
            Duration delay = policy.delayAfter(2, random).orElseThrow();
            assertThat(delay).isBetween(Duration.ofSeconds(48), Duration.ofSeconds(60));
            seen.add(delay);
        }

        assertThat(seen).hasSizeGreaterThan(100);
        assertThat(policy.delayAfter(2, MOST_JITTER).orElseThrow())
                .isCloseTo(Duration.ofSeconds(48), Duration.ofMillis(1));
    }

    @Test
    void without_jitter_the_delay_is_exact() {
        var policy = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(15), 0);

        assertThat(policy.delayAfter(1, MOST_JITTER)).contains(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(2, MOST_JITTER)).contains(Duration.ofSeconds(15));
        assertThat(policy.delayAfter(3, MOST_JITTER)).isEmpty();
    }

    @Test
    void a_single_attempt_policy_never_retries() {
        var policy = new RetryPolicy(1, Duration.ofSeconds(30), Duration.ofMinutes(30), 0.2);

        assertThat(policy.delayAfter(1, NO_JITTER)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void asking_before_any_attempt_is_refused(int attemptsSoFar) {
        assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.DEFAULT.delayAfter(attemptsSoFar, NO_JITTER))
                .withMessageContaining("attemptsSoFar");
    }

    @Test
    void bad_settings_are_refused() {
        var thirty = Duration.ofSeconds(30);
        var hour = Duration.ofHours(1);
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0, thirty, hour, 0.2))
                .withMessageContaining("maxAttempts");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(5, Duration.ZERO, hour, 0.2))
                .withMessageContaining("firstDelay");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(5, thirty.negated(), hour, 0.2))
                .withMessageContaining("firstDelay");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(5, hour, thirty, 0.2))
                .withMessageContaining("maxDelay");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(5, thirty, hour, -0.1))
                .withMessageContaining("jitter");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(5, thirty, hour, 1))
                .withMessageContaining("jitter");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(5, thirty, hour, Double.NaN))
                .withMessageContaining("jitter");
        assertThatNullPointerException().isThrownBy(() -> new RetryPolicy(5, null, hour, 0.2));
        assertThatNullPointerException().isThrownBy(() -> new RetryPolicy(5, thirty, null, 0.2));
    }
}
