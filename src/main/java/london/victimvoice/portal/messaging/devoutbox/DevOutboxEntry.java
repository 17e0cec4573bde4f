package london.victimvoice.portal.messaging.devoutbox;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.ChannelType;

/** What the dev outbox page shows of one kept message. */
public record DevOutboxEntry(long id, ChannelType channel, String recipient, @Nullable String subject, String body,
        Instant createdAt, @Nullable UUID reference) {
}
