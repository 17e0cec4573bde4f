package london.victimvoice.portal.messaging.devoutbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.messaging.MessageChannel;
import london.victimvoice.portal.messaging.OutgoingMessage;
import london.victimvoice.portal.messaging.SendResult;

/** Keeps messages instead of sending them, and lists them for the staff page. */
@Service
@ConditionalOnDevOutbox
public class DevOutbox {

    private static final Logger log = LoggerFactory.getLogger(DevOutbox.class);

    private final DevOutboxMessages messages;

    DevOutbox(DevOutboxMessages messages) {
        this.messages = messages;
    }

    @Transactional
    SendResult keep(OutgoingMessage message) {
        var kept = messages.save(new DevOutboxMessage(message, Instant.now()));
        // No recipient or text in the log: it is the page's job to show them.
        log.info("Dev outbox kept {} {} instead of sending it", message.channel(), kept.id());
        return new SendResult(message.channel(), "dev-outbox-" + kept.id());
    }

    /** What the outbox asks after a send that ended unclear: did this message arrive? */
    @Transactional(readOnly = true)
    MessageChannel.Lookup find(UUID reference) {
        var kept = messages.findByReference(reference.toString());
        return switch (kept.size()) {
            case 0 -> new MessageChannel.Lookup.NotFound();
            case 1 -> new MessageChannel.Lookup.Found("dev-outbox-" + kept.getFirst().id());
            default -> new MessageChannel.Lookup.Unknown("kept " + kept.size() + " times");
        };
    }

    /** A reply as the provider would send it back to a text: kept, with no outbox id. */
    @Transactional
    public void keepReply(String phoneNumber, String body) {
        messages.save(new DevOutboxMessage(OutgoingMessage.sms(phoneNumber, body), Instant.now()));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<DevOutboxEntry> latest(int limit) {
        return messages.findByOrderByCreatedAtDescIdDesc(Limit.of(limit)).stream()
                .map(DevOutboxMessage::toEntry)
                .toList();
    }
}
