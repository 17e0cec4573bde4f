package london.victimvoice.portal.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a receipt code opens. A code that matches nothing and a code that was never issued look
 * the same ({@link NotFound}); too many tries from one session give {@link TooManyTries}.
 */
public sealed interface ReceiptLookup {

    /**
     * @param status     where the answer is: received, being-read (released to moderators),
     *                   signed-off
     * @param insightIds the signed-off insights the answer was grouped into (for linked "we did" entries)
     */
    record Found(UUID questionId, String questionTitle, LocalDate answeredOn, String status,
            List<UUID> insightIds) implements ReceiptLookup {
    }

    record NotFound() implements ReceiptLookup {
    }

    record TooManyTries(java.time.Duration tryAgainIn) implements ReceiptLookup {
    }
}
