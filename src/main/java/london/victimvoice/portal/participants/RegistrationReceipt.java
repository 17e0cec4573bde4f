package london.victimvoice.portal.participants;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a stored sign-up gives back: enough for the confirmation page, nothing personal.
 *
 * @param waitingList in code order, codes of the chosen forums that had no place free when the sign-up was stored:
 *                    unless a place comes free first, approval puts the person on their waiting list
 */
public record RegistrationReceipt(UUID participantId, Instant submittedAt, Set<String> waitingList) {

    public RegistrationReceipt {
        waitingList = Collections.unmodifiableSortedSet(new TreeSet<>(waitingList));
    }
}
