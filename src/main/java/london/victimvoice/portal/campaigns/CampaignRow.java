package london.victimvoice.portal.campaigns;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A campaign row as stored, with what the queueing job needs beside the summary. */
record CampaignRow(CampaignSummary summary, Map<String, String> values, @Nullable String about,
        @Nullable Instant expiresAt) {

    UUID id() {
        return summary.id();
    }
}
