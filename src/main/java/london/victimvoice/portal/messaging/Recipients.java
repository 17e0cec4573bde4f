package london.victimvoice.portal.messaging;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who participants are, as far as messages need to know. Implemented by the participants module,
 * which owns people and their contacts: messaging sits below it and never stores an address, so it
 * asks at the moment it sends and always uses the person's current choices.
 */
public interface Recipients {

    Optional<RecipientContact> find(UUID participantId);

    /** Many at once, for bulk sends; people who no longer exist are missing from the answer. */
    Map<UUID, RecipientContact> findAll(Collection<UUID> participantIds);

    /** The participant whose verified phone number this is, for replies by SMS. */
    Optional<UUID> findByPhoneNumber(String e164);
}
