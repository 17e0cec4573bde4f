package london.victimvoice.portal.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * Keeps SMS within the provider's pace: a token bucket of segments per sender, plus one over all senders.
 *
 * <p>Each bucket is kept as the time it will next be full (GCRA, the "virtual scheduling" form of a token
 * bucket), so a caller reserves its slot under a short lock and then sleeps without holding it: callers go
 * in the order they asked, and a message longer than the burst goes once the bucket is full, leaving the
 * bucket in debt for what it borrowed. Twilio saying "too many requests" ({@link #slowDown}) pauses that
 * sender for 1 s, 2 s, 4 s … up to {@link PacingSettings#maxBackoff()} (each pause somewhere between half and
 * all of that, at random) and halves its rate down to an eighth of the setting; callers already waiting for
 * that sender queue again when they wake. Each {@link #succeeded} gives back a twentieth of the setting.
 *
 * <p>Precision, for measuring sustained dispatch rate: slots are computed in whole nanoseconds from the
 * time source, the interval per segment rounded up, so the pacer alone never exceeds the setting and
 * undershoots it by less than one part in 10<sup>8</sup>. A slot is taken from the scheduled time, not from
 * when the sleeper woke, so late wake-ups (Linux {@code Thread.sleep} overshoots by roughly 0.1–1 ms) do not
 * add up while the bucket is kept busy: over a run of N segments the error stays about one wake-up late,
 * not N of them. To measure, keep enough sending threads that the pacer, not the provider round trip, is
 * the limit; discard the first second (the initial burst of one second's worth would inflate the rate),
 * then divide segments sent by the elapsed time; the global cap binds whenever it is below the sum of the
 * senders' rates.
 */
public final class SegmentPacer {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    /** How far repeated slow-downs can lower a sender's rate, as a fraction of the setting. */
    static final double LOWEST_RATE_FRACTION = 1.0 / 8;
    /** How much of the setting each success gives back after a slow-down. */
    static final double RECOVERY_FRACTION = 1.0 / 20;

    /** A monotonic nanosecond time source, such as {@link System#nanoTime()}. */
    @FunctionalInterface
    public interface NanoClock {
        long nanoTime();
    }

    @FunctionalInterface
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final PacingSettings settings;
    private final NanoClock time;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, SenderBucket> senders = new HashMap<>();
    private final Bucket global;

    public SegmentPacer(PacingSettings settings) {
        this(settings, System::nanoTime, TimeUnit.NANOSECONDS::sleep, RandomGenerator.getDefault());
    }

    /** @param random used only under this pacer's lock, so it need not be thread-safe */
    public SegmentPacer(PacingSettings settings, NanoClock time, Sleeper sleeper, RandomGenerator random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.time = Objects.requireNonNull(time, "time");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.global = new Bucket(settings.globalSegmentsPerSecond(), time.nanoTime());
    }

    /**
     * Blocks until {@code segments} more segments from {@code sender} may go. When interrupted, the slot it
     * had reserved stays used: erring slow is the safe side.
     */
    public void acquire(String sender, int segments) throws InterruptedException {
        requireSender(sender);
        if (segments < 1) {
            throw new IllegalArgumentException("segments must be at least 1, was " + segments);
        }
        while (true) {
            long startAt;
            long slowDownsBefore;
            SenderBucket bucket;
            lock.lock();
            try {
                long now = time.nanoTime();
                bucket = sender(sender, now);
                startAt = later(later(bucket.earliestStart(segments, now), global.earliestStart(segments, now)),
                        bucket.pausedUntil);
                bucket.take(segments, startAt);
                global.take(segments, startAt);
                slowDownsBefore = bucket.slowDowns;
            } finally {
                lock.unlock();
            }
            if (waitUntil(startAt, bucket, slowDownsBefore)) {
                return;
            }
            lock.lock();
            try {
                // Slowed down while waiting: these segments were not sent, so the shared cap gets them back.
                global.giveBack(segments);
            } finally {
                lock.unlock();
            }
        }
    }

    /** The provider said "too many requests" for this sender (HTTP 429, Twilio 20429). */
    public void slowDown(String sender) {
        requireSender(sender);
        lock.lock();
        try {
            long now = time.nanoTime();
            SenderBucket bucket = sender(sender, now);
            bucket.slowDowns++;
            bucket.consecutiveSlowDowns++;
            long pause = pauseNanos(bucket.consecutiveSlowDowns);
            bucket.pausedUntil = later(bucket.pausedUntil, now + pause);
            bucket.setRate(Math.max(bucket.rate / 2, settings.segmentsPerSecondPerSender() * LOWEST_RATE_FRACTION));
            // One segment may go when the pause ends, to probe; no burst of a second's worth straight away.
            bucket.holdingOneAt(bucket.pausedUntil);
        } finally {
            lock.unlock();
        }
    }

    /** A send from this sender was accepted: the backoff starts again from one second and the rate recovers. */
    public void succeeded(String sender) {
        requireSender(sender);
        lock.lock();
        try {
            SenderBucket bucket = sender(sender, time.nanoTime());
            bucket.consecutiveSlowDowns = 0;
            double full = settings.segmentsPerSecondPerSender();
            if (bucket.rate < full) {
                bucket.setRate(Math.min(full, bucket.rate + full * RECOVERY_FRACTION));
            }
        } finally {
            lock.unlock();
        }
    }

    /** The sender's current rate in segments per second; below the setting while recovering from a slow-down. */
    double currentRate(String sender) {
        lock.lock();
        try {
            return sender(sender, time.nanoTime()).rate;
        } finally {
            lock.unlock();
        }
    }

    /** Sleeps until {@code startAt}; false when the sender was slowed down meanwhile and must queue again. */
    private boolean waitUntil(long startAt, SenderBucket bucket, long slowDownsBefore) throws InterruptedException {
        while (true) {
            long wait;
            lock.lock();
            try {
                if (bucket.slowDowns != slowDownsBefore) {
                    return false;
                }
                wait = startAt - time.nanoTime();
            } finally {
                lock.unlock();
            }
            if (wait <= 0) {
                return true;
            }
            sleeper.sleep(wait);
        }
    }

    private long pauseNanos(int consecutiveSlowDowns) {
        long max = settings.maxBackoff().toNanos();
        long base = FIRST_BACKOFF.toNanos();
        for (int i = 1; i < consecutiveSlowDowns && base < max; i++) {
            base *= 2;
        }
        base = Math.min(base, max);
        // Between half and all of it, so senders on several nodes do not retry in step.
        return base / 2 + (long) (base / 2.0 * random.nextDouble());
    }

    private SenderBucket sender(String sender, long now) {
        return senders.computeIfAbsent(sender, s -> new SenderBucket(settings.segmentsPerSecondPerSender(), now));
    }

    private static void requireSender(String sender) {
        if (sender == null || sender.isBlank()) {
            throw new IllegalArgumentException("sender must not be blank");
        }
    }

    /** The later of two {@link System#nanoTime()} readings, safe across the counter's wrap-around. */
    private static long later(long a, long b) {
        return a - b >= 0 ? a : b;
    }

    /** A token bucket whose burst is one second's worth, kept as the time it is next full. */
    private static class Bucket {
        double rate;
        long nanosPerSegment;
        long fullAt;

        Bucket(double rate, long now) {
            setRate(rate);
            this.fullAt = now;
        }

        final void setRate(double rate) {
            this.rate = rate;
            // Rounded up, so the pacer can only ever be a hair slower than the setting, never faster.
            this.nanosPerSegment = (long) Math.ceil(1e9 / rate);
        }

        double burst() {
            return Math.max(1, rate);
        }

        /** The earliest moment the bucket holds {@code segments}, or is full when they are more than it holds. */
        long earliestStart(int segments, long now) {
            double needed = Math.min(segments, burst());
            long ready = fullAt - (long) ((burst() - needed) * nanosPerSegment);
            return later(ready, now);
        }

        void take(int segments, long startAt) {
            fullAt = later(fullAt, startAt) + segments * nanosPerSegment;
        }

        void giveBack(int segments) {
            fullAt -= segments * nanosPerSegment;
        }

        void holdingOneAt(long moment) {
            fullAt = moment + (long) ((burst() - 1) * nanosPerSegment);
        }
    }

    private static final class SenderBucket extends Bucket {
        long pausedUntil;
        long slowDowns;
        int consecutiveSlowDowns;

        SenderBucket(double rate, long now) {
            super(rate, now);
            this.pausedUntil = now;
        }
    }
}
