package london.victimvoice.portal.messaging.devoutbox;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<DevOutboxEntry> latest(int limit) {
        return messages.findByOrderByCreatedAtDescIdDesc(Limit.of(limit)).stream()
                .map(DevOutboxMessage::toEntry)
                .toList();
    }
}
