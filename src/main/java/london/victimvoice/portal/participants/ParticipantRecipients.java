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

    private final Participants participants;
    private final ParticipantContacts contacts;
    private final DataCipher cipher;

    ParticipantRecipients(Participants participants, ParticipantContacts contacts, DataCipher cipher) {
        this.participants = participants;
        this.contacts = contacts;
        this.cipher = cipher;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RecipientContact> find(UUID participantId) {
        return Optional.ofNullable(findAll(List.of(participantId)).get(participantId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, RecipientContact> findAll(Collection<UUID> participantIds) {
        var found = new HashMap<UUID, RecipientContact>();
        var ids = new ArrayList<>(participantIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            var slice = ids.subList(from, Math.min(ids.size(), from + 1000));
            var byPerson = new HashMap<UUID, List<ParticipantContact>>();
            contacts.findByParticipantIdIn(slice)
                    .forEach(c -> byPerson.computeIfAbsent(c.participantId(), k -> new ArrayList<>()).add(c));
            for (var participant : participants.findAllById(slice)) {
                found.put(participant.getId(), contact(participant, byPerson.getOrDefault(participant.getId(), List.of())));
            }
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> findByPhoneNumber(String e164) {
        return contacts.findByContactHash(cipher.contactHash(ChannelType.SMS, e164))
                .filter(c -> c.verifiedAt() != null)
                .map(ParticipantContact::participantId);
    }

    private RecipientContact contact(Participant participant, List<ParticipantContact> theirs) {
        var safe = Choices.parse(ChannelType.class, participant.safeChannels());
        var addresses = new LinkedHashMap<ChannelType, String>();
        theirs.stream()
                .filter(c -> safe.contains(c.channel()))
                .sorted(Comparator.comparing((ParticipantContact c) -> c.verifiedAt() == null))
                .forEach(c -> addresses.putIfAbsent(c.channel(),
                        cipher.open(c.recipient(), ParticipantContact.RECIPIENT, c.getId())));
        var window = new ContactWindow(Choices.parse(DayOfWeek.class, participant.safeDays()),
                Choices.parse(TimeOfDay.class, participant.safeTimes()).stream().map(TimeOfDay::window).toList());
        return new RecipientContact(participant.getId(), addresses, participant.discreetMessages(), window,
                cipher.open(participant.chosenName(), Participant.CHOSEN_NAME, participant.getId()));
    }
}
