package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentPacerTest {

    private static final long SECOND = 1_000_000_000L;
    /** What the pacer uses for 9 segments a second: 1/9 s rounded up to the nanosecond. */
    private static final long NINTH = 111_111_112L;
    private static final RandomGenerator LOWEST = () -> 0L;
    private static final RandomGenerator HIGHEST = () -> -1L;

    /** Fake time that moves only when the pacer sleeps, so a test of a minute's pacing takes no time. */
    static final class FakeTime implements SegmentPacer.NanoClock, SegmentPacer.Sleeper {
        final AtomicLong now;
        final long start;

        FakeTime(long start) {
            this.start = start;
            this.now = new AtomicLong(start);
        }

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public void sleep(long nanos) {
            now.addAndGet(nanos);
        }

        long elapsed() {
            return now.get() - start;
        }
    }

    private final FakeTime time = new FakeTime(42);

    private SegmentPacer pacer(double perSender, double global, RandomGenerator random) {
        return new SegmentPacer(new PacingSettings(perSender, global, Duration.ofSeconds(60)), time, time, random);
    }

    private SegmentPacer pacer(double perSender, double global) {
        return pacer(perSender, global, new SplittableRandom(7));
    }

    @Test
    void ninety_single_segments_at_nine_a_second_fill_ten_seconds_the_last_leaving_at_nine() throws Exception {
        var pacer = pacer(9, 1000);

        for (int i = 0; i < 90; i++) {
            pacer.acquire("+447700900001", 1);
        }

        // The first nine are the burst (one second's worth); the other 81 follow one per ninth of a second.
        assertThat(time.elapsed()).isEqualTo(81 * NINTH);
        assertThat(time.elapsed()).isCloseTo(9 * SECOND, within(1_000L));
    }

    @Test
    void the_sustained_rate_is_the_setting() throws Exception {
        var pacer = pacer(9, 1000);
        for (int i = 0; i < 9; i++) {
            pacer.acquire("+447700900001", 1);
        }
        long afterBurst = time.elapsed();

        for (int i = 0; i < 9000; i++) {
            pacer.acquire("+447700900001", 1);
        }

        double rate = 9000.0 * SECOND / (time.elapsed() - afterBurst);
        assertThat(rate).isCloseTo(9.0, within(1e-6)).isLessThanOrEqualTo(9.0);
    }

    @Test
    void pacing_survives_the_nanosecond_counter_wrapping_around() throws Exception {
        var wrapping = new FakeTime(Long.MAX_VALUE - 3 * SECOND);
        var pacer = new SegmentPacer(PacingSettings.DEFAULT, wrapping, wrapping, LOWEST);

        for (int i = 0; i < 90; i++) {
            pacer.acquire("+447700900001", 1);
        }

        assertThat(wrapping.nanoTime()).isNegative();
        assertThat(wrapping.elapsed()).isEqualTo(81 * NINTH);
    }

    @Test
    void a_three_segment_message_counts_three() throws Exception {
        var pacer = pacer(9, 1000);

        for (int i = 0; i < 30; i++) {
            pacer.acquire("+447700900001", 3);
        }

        assertThat(time.elapsed()).isEqualTo(81 * NINTH);
    }

    @Test
    void a_message_longer_than_the_burst_goes_and_the_next_waits_for_what_it_borrowed() throws Exception {
        var pacer = pacer(9, 1000);

        pacer.acquire("+447700900001", 20);
        assertThat(time.elapsed()).isZero();

        pacer.acquire("+447700900001", 1);
        // 20 taken from a bucket of 9: 11 owed, and one more needed.
        assertThat(time.elapsed()).isEqualTo(12 * NINTH);
    }

    @Test
    void a_message_longer_than_the_burst_waits_for_a_full_bucket() throws Exception {
        var pacer = pacer(9, 1000);
        pacer.acquire("+447700900001", 5);

        pacer.acquire("+447700900001", 12);

        assertThat(time.elapsed()).isEqualTo(5 * NINTH);
    }

    @Test
    void two_senders_have_their_own_buckets() throws Exception {
        var pacer = pacer(9, 1000);

        pacer.acquire("+447700900001", 9);
        pacer.acquire("+447700900002", 9);
        assertThat(time.elapsed()).isZero();

        pacer.acquire("+447700900001", 1);
        assertThat(time.elapsed()).isEqualTo(NINTH);
    }

    @Test
    void the_global_cap_binds_over_all_senders() throws Exception {
        var pacer = pacer(9, 10);

        for (int i = 0; i < 100; i++) {
            pacer.acquire("+447700900001", 1);
            pacer.acquire("+447700900002", 1);
        }

        // Alone each could send 9 a second, 18 together; the cap of 10 wins: a burst of 10, then 190 at 10/s.
        assertThat(time.elapsed()).isEqualTo(19 * SECOND);
    }

    @Test
    void a_slow_down_pauses_the_sender_for_between_half_and_all_of_a_doubling_backoff_capped_at_the_maximum()
            throws Exception {
        long[] bases = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (RandomGenerator random : List.of(LOWEST, HIGHEST)) {
            var pacer = pacer(9, 1000, random);
            for (long base : bases) {
                long before = time.elapsed();
                pacer.slowDown("+447700900001");

                pacer.acquire("+447700900001", 1);

                long pause = time.elapsed() - before;
                assertThat(pause).isBetween(base * SECOND / 2, base * SECOND);
                assertThat(pause).isCloseTo(random == LOWEST ? base * SECOND / 2 : base * SECOND, within(1_000L));
            }
        }
    }

    @Test
    void random_pauses_stay_within_their_bounds() throws Exception {
        var pacer = pacer(9, 1000, new SplittableRandom(20429));
        var pauses = new ArrayList<Long>();
        for (int i = 0; i < 200; i++) {
            long before = time.elapsed();
            pacer.slowDown("+447700900001");
            pacer.acquire("+447700900001", 1);
            pauses.add(time.elapsed() - before);
            pacer.succeeded("+447700900001");
        }

        assertThat(pauses).allSatisfy(pause -> assertThat(pause).isBetween(SECOND / 2, SECOND));
        // Jitter really varies: not one fixed pause.
        assertThat(Collections.max(pauses) - Collections.min(pauses)).isGreaterThan(SECOND / 4);
    }

    @Test
    void a_slow_down_pauses_only_that_sender() throws Exception {
        var pacer = pacer(9, 1000);

        pacer.slowDown("+447700900001");
        pacer.acquire("+447700900002", 1);

        assertThat(time.elapsed()).isZero();
    }

    @Test
    void a_slow_down_halves_the_rate_down_to_an_eighth_and_successes_bring_it_back_gradually() throws Exception {
        var pacer = pacer(9, 1000);

        pacer.slowDown("+447700900001");
        assertThat(pacer.currentRate("+447700900001")).isEqualTo(4.5);
        pacer.slowDown("+447700900001");
        pacer.slowDown("+447700900001");
        pacer.slowDown("+447700900001");
        assertThat(pacer.currentRate("+447700900001")).isEqualTo(9.0 / 8);

        var rates = new ArrayList<Double>();
        for (int i = 0; i < 25; i++) {
            pacer.succeeded("+447700900001");
            rates.add(pacer.currentRate("+447700900001"));
        }
        assertThat(rates.getFirst()).isCloseTo(9.0 / 8 + 9.0 / 20, within(1e-9));
        assertThat(rates).isSorted().allSatisfy(rate -> assertThat(rate).isLessThanOrEqualTo(9.0));
        assertThat(rates.getLast()).isEqualTo(9.0);
    }

    @Test
    void after_a_pause_the_sender_goes_at_the_lowered_rate_without_a_burst() throws Exception {
        var pacer = pacer(9, 1000, LOWEST);
        pacer.slowDown("+447700900001");
        pacer.acquire("+447700900001", 1);
        long pauseEnd = time.elapsed();
        assertThat(pauseEnd).isEqualTo(SECOND / 2);

        for (int i = 0; i < 9; i++) {
            pacer.acquire("+447700900001", 1);
        }

        // 4.5 a second: one every 2/9 s.
        assertThat(time.elapsed() - pauseEnd).isCloseTo(2 * SECOND, within(1_000L));
    }

    @Test
    void a_success_starts_the_backoff_again_from_one_second() throws Exception {
        var pacer = pacer(9, 1000, HIGHEST);
        pacer.slowDown("+447700900001");
        pacer.slowDown("+447700900001");
        pacer.slowDown("+447700900001");
        pacer.acquire("+447700900001", 1);
        pacer.succeeded("+447700900001");

        long before = time.elapsed();
        pacer.slowDown("+447700900001");
        pacer.acquire("+447700900001", 1);

        assertThat(time.elapsed() - before).isCloseTo(SECOND, within(1_000L));
    }

    @Test
    void a_caller_waiting_when_its_sender_is_slowed_down_waits_for_the_pause() throws Exception {
        var sleeping = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var shared = new FakeTime(0);
        SegmentPacer.Sleeper firstSleepBlocks = nanos -> {
            if (sleeping.getCount() > 0) {
                sleeping.countDown();
                release.await();
            }
            shared.sleep(nanos);
        };
        var pacer = new SegmentPacer(PacingSettings.DEFAULT, shared, firstSleepBlocks, HIGHEST);
        pacer.acquire("+447700900001", 9);
        var returnedAt = new AtomicLong(-1);
        var waiter = Thread.ofPlatform().start(() -> {
            try {
                pacer.acquire("+447700900001", 1);
                returnedAt.set(shared.nanoTime());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(sleeping.await(10, TimeUnit.SECONDS)).isTrue();

        pacer.slowDown("+447700900001");
        release.countDown();
        waiter.join(10_000);

        // It had a slot a ninth of a second away, but the pause (all of one second with HIGHEST) comes first.
        assertThat(returnedAt.get()).isCloseTo(SECOND, within(1_000L));
    }

    @Test
    void many_threads_together_never_exceed_the_rates() throws Exception {
        var pacer = pacer(9, 20);
        var granted = Collections.synchronizedList(new ArrayList<long[]>());
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < 8; t++) {
            String sender = "+44770090000" + (t % 4);
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < 50; i++) {
                        pacer.acquire(sender, 1 + i % 3);
                        granted.add(new long[] {time.elapsed(), 1 + i % 3});
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join(30_000);
        }

        assertThat(granted).hasSize(400);
        var byTime = new ArrayList<>(granted);
        byTime.sort((a, b) -> Long.compare(a[0], b[0]));
        long segments = 0;
        for (long[] grant : byTime) {
            segments += grant[1];
            // By any moment, no more than the burst plus the rate times the time gone by (plus one message's
            // borrowing, at most 3 segments).
            assertThat((double) segments).isLessThanOrEqualTo(20 + 3 + 20.0 * grant[0] / SECOND);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void acquiring_fewer_than_one_segment_is_refused(int segments) {
        var pacer = pacer(9, 30);

        assertThatIllegalArgumentException().isThrownBy(() -> pacer.acquire("+447700900001", segments))
                .withMessageContaining("segments");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void a_blank_sender_is_refused(String sender) {
        var pacer = pacer(9, 30);

        assertThatIllegalArgumentException().isThrownBy(() -> pacer.acquire(sender, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> pacer.slowDown(sender));
        assertThatIllegalArgumentException().isThrownBy(() -> pacer.succeeded(sender));
    }

    @Test
    void the_real_clock_and_sleeper_pace_too() throws Exception {
        var pacer = new SegmentPacer(new PacingSettings(100, 100, Duration.ofSeconds(1)));
        long start = System.nanoTime();

        for (int i = 0; i < 105; i++) {
            pacer.acquire("+447700900001", 1);
        }

        // A burst of 100, then 5 at 100 a second: at least 50 ms.
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(50_000_000L);
    }
}
