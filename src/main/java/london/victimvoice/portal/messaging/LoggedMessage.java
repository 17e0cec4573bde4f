package london.victimvoice.portal.messaging;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A message as the message log and a bulk send's report show it: status and times, never the address. */
public record LoggedMessage(UUID id, UUID participantId, @Nullable UUID campaignId, String templateId,
        int templateVersion, ChannelType channel, MessageVariant variant, int segments, OutboxStatus status,
        @Nullable String reason, boolean needsReview, boolean dryRun, int attempts, Instant createdAt,
        Instant notBefore, @Nullable Instant sentAt, @Nullable Instant finishedAt) {
}
