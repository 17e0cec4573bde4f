package london.victimvoice.portal.participants;

import java.util.Set;
import java.util.UUID;

/**
 * A sign-up was stored and is waiting for approval in each of {@code forumCodes}. Published in the
 * transaction that stores it; listen with {@code @ApplicationModuleListener} (or
 * {@code @TransactionalEventListener}) to hear of it only once it has committed.
 */
public record RegistrationSubmitted(UUID participantId, Set<String> forumCodes) {

    public RegistrationSubmitted {
        forumCodes = Set.copyOf(forumCodes);
    }
}
