package london.victimvoice.portal.messaging;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the outbox will do (or did) with a message: for previews before a bulk send, and as the
 * answer to queueing one. Carries no address.
 *
 * @param channel  null when no channel can be used (then {@code status} is suppressed)
 * @param sendAt   when it will go: now, a held time, or null when it will not go
 * @param reason   why it is held, suppressed or cancelled (a key under {@code messaging.reason.})
 */
public record PlannedMessage(@Nullable ChannelType channel, @Nullable MessageVariant variant,
        @Nullable String subject, String body, int segments, OutboxStatus status, @Nullable String reason,
        @Nullable Instant sendAt, String templateId, int templateVersion) {
}
