package london.victimvoice.portal.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.ContactWindow;
import london.victimvoice.portal.messaging.RecipientContact;
import london.victimvoice.portal.messaging.Recipients;

/**
 * Thousands of made-up participants for load and crash tests, computed rather than stored: person
 * {@code i} has id {@link #participant(int)} and number {@link #phone(int)}, reachable by SMS at any
 * time, so every process that builds one agrees on who is who without sharing state. Sign-up cannot
 * make them: outside prod it accepts only the thousand Ofcom drama numbers.
 */
public final class FakeDirectory implements Recipients {

    private static final long MOST_SIGNIFICANT = 0x5eed_0000_0000_4000L;

    private final int size;

    public FakeDirectory(int size) {
        this.size = size;
    }

    public static UUID participant(int i) {
        return new UUID(MOST_SIGNIFICANT, i);
    }

    /** {@code +447000000000} upwards: E.164, and one number per person. */
    public static String phone(int i) {
        return "+447" + String.format("%09d", i);
    }

    public int size() {
        return size;
    }

    @Override
    public Optional<RecipientContact> find(UUID participantId) {
        if (participantId.getMostSignificantBits() != MOST_SIGNIFICANT) {
            return Optional.empty();
        }
        var i = participantId.getLeastSignificantBits();
        return i >= 0 && i < size ? Optional.of(contact((int) i)) : Optional.empty();
    }

    @Override
    public Map<UUID, RecipientContact> findAll(Collection<UUID> participantIds) {
        var found = new HashMap<UUID, RecipientContact>();
        for (var id : participantIds) {
            find(id).ifPresent(contact -> found.put(id, contact));
        }
        return found;
    }

    @Override
    public Optional<UUID> findByPhoneNumber(String e164) {
        if (!e164.startsWith("+447") || e164.length() != 13) {
            return Optional.empty();
        }
        var i = Integer.parseInt(e164.substring(4));
        return i < size ? Optional.of(participant(i)) : Optional.empty();
    }

    private static RecipientContact contact(int i) {
        return new RecipientContact(participant(i), Map.of(ChannelType.SMS, phone(i)), true, ContactWindow.ANY,
                "Person " + i);
    }
}
