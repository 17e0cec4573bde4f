package london.victimvoice.portal.messaging;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff for sends that failed but may be tried again: {@code firstDelay}, then
 * twice as long each time, never more than {@code maxDelay}; after {@code maxAttempts} attempts, give up.
 *
 * @param jitter the fraction by which a delay may be shortened at random, so messages that failed
 *               together do not all come back together; 0 for none, below 1 so a delay never vanishes
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, double jitter) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(30), 0.2);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstDelay must be positive, was " + firstDelay);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be shorter than firstDelay, was " + maxDelay);
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("jitter must be at least 0 and below 1, was " + jitter);
        }
    }

    /**
     * How long to wait before the next attempt, after {@code attemptsSoFar} failed ones (at least 1);
     * empty when the attempts are used up and the message should end as a technical failure.
     */
    public Optional<Duration> delayAfter(int attemptsSoFar, RandomGenerator random) {
        if (attemptsSoFar < 1) {
            throw new IllegalArgumentException("attemptsSoFar must be at least 1, was " + attemptsSoFar);
        }
        if (attemptsSoFar >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        // Doubling stops at the cap, so a large attempt count cannot overflow.
        for (int attempt = 1; attempt < attemptsSoFar && delay.compareTo(maxDelay) < 0; attempt++) {
            delay = delay.multipliedBy(2);
        }
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        long nanos = delay.toNanos();
        long shortenBy = (long) (nanos * jitter * random.nextDouble());
        return Optional.of(Duration.ofNanos(nanos - shortenBy));
    }
}
