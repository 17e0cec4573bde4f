package london.victimvoice.portal.messaging;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One row of {@code outbox_message}, as the store reads and writes it. */
record OutboxRow(UUID id, UUID participantId, @Nullable UUID campaignId, @Nullable String about,
        @Nullable String dedupeKey, String templateId, int templateVersion, ChannelType channel, MessageVariant variant,
        @Nullable String subject, String body, int segments, boolean dryRun, boolean reminder, OutboxStatus status,
        @Nullable String reason, boolean needsReview, Instant notBefore, @Nullable Instant expiresAt, int attempts,
        @Nullable Instant attemptStartedAt, @Nullable String providerRef, Instant createdAt,
        @Nullable Instant sentAt, @Nullable Instant finishedAt) {
}
