package london.victimvoice.portal.participants;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.messaging.NewMessage;
import london.victimvoice.portal.messaging.Outbox;

/**
 * Tells one participant something. Other modules name a template and its values, never a phone
 * number or an address: the outbox picks a channel the person marked safe, discreet words unless
 * they turned those off, and a time that suits them.
 */
@Service
public class ParticipantNotices {

    private static final Logger log = LoggerFactory.getLogger(ParticipantNotices.class);

    private final Participants participants;
    private final Outbox outbox;

    ParticipantNotices(Participants participants, Outbox outbox) {
        this.participants = participants;
        this.outbox = outbox;
    }

    /** Whether this participant wants discreet wording (true for an unknown one: the safe default). */
    @Transactional(readOnly = true)
    public boolean discreet(UUID participantId) {
        return participants.findById(participantId).map(Participant::discreetMessages).orElse(true);
    }

    /** @return whether the message will go (it may be held for a safe time); false if suppressed or cancelled */
    public boolean tell(UUID participantId, String templateId, Map<String, String> values) {
        return tell(NewMessage.to(participantId, templateId, values));
    }

    /** As {@link #tell(UUID, String, Map)}, with what it is about, when it expires, and so on. */
    public boolean tell(NewMessage message) {
        try {
            var planned = outbox.queue(message);
            if (planned.status().isFinal()) {
                log.info("Message {} to a participant not sent: {} ({})", message.templateId(), planned.status().code(),
                        planned.reason());
            }
            return !planned.status().isFinal();
        } catch (IllegalArgumentException e) {
            log.warn("Message {} to a participant could not be made", message.templateId(), e);
            return false;
        }
    }
}
