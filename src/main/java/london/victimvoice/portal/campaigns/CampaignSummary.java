package london.victimvoice.portal.campaigns;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A bulk send as the list and the progress page show it: no recipient in it. */
public record CampaignSummary(UUID id, String createdBy, String templateId, int templateVersion, Audience audience,
        boolean dryRun, Instant scheduledFor, CampaignStatus status, int recipientCount, int queuedCount,
        Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {
}
