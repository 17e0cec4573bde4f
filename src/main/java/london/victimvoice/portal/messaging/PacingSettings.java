package london.victimvoice.portal.messaging;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast SMS segments may leave.
 *
 * @param segmentsPerSecondPerSender per sending number or messaging service; 9 stays under Twilio's 10 per UK
 *                                   sender. The burst equals one second's worth.
 * @param globalSegmentsPerSecond    over all senders together, whatever the account allows
 * @param maxBackoff                 the longest pause after Twilio says "too many requests"
 */
public record PacingSettings(double segmentsPerSecondPerSender, double globalSegmentsPerSecond, Duration maxBackoff) {

    public static final PacingSettings DEFAULT = new PacingSettings(9, 30, Duration.ofSeconds(60));

    public PacingSettings {
        requirePositiveRate(segmentsPerSecondPerSender, "segmentsPerSecondPerSender");
        requirePositiveRate(globalSegmentsPerSecond, "globalSegmentsPerSecond");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        // The first pause is one second, so a shorter cap would be a silent contradiction.
        if (maxBackoff.compareTo(SegmentPacer.FIRST_BACKOFF) < 0) {
            throw new IllegalArgumentException("maxBackoff must be at least " + SegmentPacer.FIRST_BACKOFF
                    + ", was " + maxBackoff);
        }
    }

    private static void requirePositiveRate(double rate, String name) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(name + " must be a positive number, was " + rate);
        }
    }
}
