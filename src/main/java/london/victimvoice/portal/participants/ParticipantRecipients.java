package london.victimvoice.portal.participants;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.ContactWindow;
import london.victimvoice.portal.messaging.RecipientContact;
import london.victimvoice.portal.messaging.Recipients;

/**
 * Opens a participant's contacts for the outbox at the moment it sends, and only those on channels
 * they marked safe: a verified contact first, as sign-in proved it reaches them.
 */
@Component
class ParticipantRecipients implements Recipients {

    private final ParticipantContacts contacts;
    private final DataCipher cipher;
    private final NamedParameterJdbcTemplate jdbc;

    ParticipantRecipients(ParticipantContacts contacts, DataCipher cipher, NamedParameterJdbcTemplate jdbc) {
        this.contacts = contacts;
        this.cipher = cipher;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RecipientContact> find(UUID participantId) {
        return Optional.ofNullable(findAll(List.of(participantId)).get(participantId));
    }

    /**
     * Plain SQL for only the columns a message needs: a bulk send asks for thousands of people at
     * once, and loading whole entities was most of the time it took to queue one.
     */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, RecipientContact> findAll(Collection<UUID> participantIds) {
        var found = new HashMap<UUID, RecipientContact>();
        var ids = participantIds.stream().map(UUID::toString).distinct().toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            var slice = Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 1000)));
            var byPerson = new HashMap<String, List<Contact>>();
            jdbc.query("SELECT id, participant_id, channel, recipient, verified_at FROM participant_contact"
                    + " WHERE participant_id IN (:ids)", slice, rs -> {
                        byPerson.computeIfAbsent(rs.getString("participant_id"), k -> new ArrayList<>()).add(new Contact(
                                UUID.fromString(rs.getString("id")), ChannelType.valueOf(rs.getString("channel")),
                                rs.getBytes("recipient"), rs.getTimestamp("verified_at") != null));
                    });
            jdbc.query("SELECT id, chosen_name, safe_channels, safe_days, safe_times, discreet_messages FROM participant"
                    + " WHERE id IN (:ids)", slice, rs -> {
                        var id = UUID.fromString(rs.getString("id"));
                        found.put(id, contact(id, rs.getBytes("chosen_name"), rs.getString("safe_channels"),
                                rs.getString("safe_days"), rs.getString("safe_times"), rs.getBoolean("discreet_messages"),
                                byPerson.getOrDefault(id.toString(), List.of())));
                    });
        }
        return found;
    }

    private record Contact(UUID id, ChannelType channel, byte[] recipient, boolean verified) {
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> findByPhoneNumber(String e164) {
        return contacts.findByContactHash(cipher.contactHash(ChannelType.SMS, e164))
                .filter(c -> c.verifiedAt() != null)
                .map(ParticipantContact::participantId);
    }

    private RecipientContact contact(UUID id, byte[] chosenName, String safeChannels, String safeDays,
            String safeTimes, boolean discreet, List<Contact> theirs) {
        var safe = Choices.parse(ChannelType.class, safeChannels);
        var addresses = new LinkedHashMap<ChannelType, String>();
        theirs.stream()
                .filter(c -> safe.contains(c.channel()))
                .sorted(Comparator.comparing((Contact c) -> !c.verified()))
                .forEach(c -> addresses.computeIfAbsent(c.channel(),
                        channel -> cipher.open(c.recipient(), ParticipantContact.RECIPIENT, c.id())));
        var window = new ContactWindow(Choices.parse(DayOfWeek.class, safeDays),
                Choices.parse(TimeOfDay.class, safeTimes).stream().map(TimeOfDay::window).toList());
        return new RecipientContact(id, addresses, discreet, window,
                cipher.open(chosenName, Participant.CHOSEN_NAME, id));
    }
}
