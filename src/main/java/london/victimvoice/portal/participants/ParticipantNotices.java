package london.victimvoice.portal.participants;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.MessageSendException;
import london.victimvoice.portal.messaging.Messenger;
import london.victimvoice.portal.messaging.OutgoingMessage;

/**
 * Tells one participant something through a channel they marked safe, in discreet words unless
 * they turned those off. Other modules name a message, never a phone number or an address: the
 * contact is opened here and goes no further than the message.
 * <p>
 * A message named {@code key} has the texts {@code key.discreet} and {@code key.plain}, and for
 * email the subjects {@code key.subject.discreet} and {@code key.subject.plain}. Discreet texts
 * never mention crime, police, victims or which forum.
 * <p>
 * Until the outbox arrives this sends at once; callers call it after their transaction commits.
 */
@Service
public class ParticipantNotices {

    private static final Logger log = LoggerFactory.getLogger(ParticipantNotices.class);

    private final Participants participants;
    private final ParticipantContacts contacts;
    private final DataCipher cipher;
    private final Messenger messenger;
    private final MessageSource texts;

    ParticipantNotices(Participants participants, ParticipantContacts contacts, DataCipher cipher,
            Messenger messenger, MessageSource texts) {
        this.participants = participants;
        this.contacts = contacts;
        this.cipher = cipher;
        this.messenger = messenger;
        this.texts = texts;
    }

    /** Whether this participant wants discreet wording (true for an unknown one: the safe default). */
    @Transactional(readOnly = true)
    public boolean discreet(UUID participantId) {
        return participants.findById(participantId).map(Participant::discreetMessages).orElse(true);
    }

    /**
     * @param args filled into the text's {@code {0}}, {@code {1}}, ...
     * @return whether a message was sent; false when they have no contact on a safe channel or
     *         sending failed (logged without the contact)
     */
    public boolean tell(UUID participantId, String key, Object... args) {
        return tellWithSubject(participantId, key, key + ".subject", args);
    }

    /** As {@link #tell}, with the email subject from {@code subjectKey.discreet} or {@code subjectKey.plain}. */
    public boolean tellWithSubject(UUID participantId, String key, String subjectKey, Object... args) {
        var to = safeContact(participantId);
        if (to.isEmpty()) {
            log.info("No contact on a safe channel for a participant; message {} not sent", key);
            return false;
        }
        var style = to.get().discreet() ? "discreet" : "plain";
        var body = texts.getMessage(key + "." + style, args, Locale.UK);
        try {
            messenger.send(to.get().channel() == ChannelType.SMS ? OutgoingMessage.sms(to.get().recipient(), body)
                    : OutgoingMessage.email(to.get().recipient(),
                            texts.getMessage(subjectKey + "." + style, args, Locale.UK), body));
            return true;
        } catch (MessageSendException | IllegalArgumentException e) {
            log.warn("Telling a participant failed: message {}", key, e);
            return false;
        }
    }

    private record SafeContact(ChannelType channel, String recipient, boolean discreet) {
    }

    /** The verified contact if its channel is safe, otherwise another contact on a safe channel. */
    private Optional<SafeContact> safeContact(UUID participantId) {
        var participant = participants.findById(participantId);
        if (participant.isEmpty()) {
            return Optional.empty();
        }
        var safe = Choices.parse(ChannelType.class, participant.get().safeChannels());
        SafeContact chosen = null;
        for (var contact : contacts.findByParticipantId(participantId)) {
            if (!safe.contains(contact.channel()) || chosen != null && contact.verifiedAt() == null) {
                continue;
            }
            chosen = new SafeContact(contact.channel(),
                    cipher.open(contact.recipient(), ParticipantContact.RECIPIENT, contact.getId()),
                    participant.get().discreetMessages());
        }
        return Optional.ofNullable(chosen);
    }
}
