package london.victimvoice.portal.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How a participant may be reached right now, as they chose: only channels they marked safe, in
 * their order of preference, with the address for each.
 *
 * @param safeAddresses channel to phone number (E.164) or email address; empty when no channel is safe
 * @param discreet      whether messages must use discreet words
 * @param window        the days and times they said contact is safe
 * @param name          the name they chose, for {@code ((name))}
 */
public record RecipientContact(UUID participantId, Map<ChannelType, String> safeAddresses, boolean discreet,
        ContactWindow window, String name) {

    public RecipientContact {
        safeAddresses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(safeAddresses));
    }
}
