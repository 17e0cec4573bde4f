package london.victimvoice.portal.assistance;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.participants.AccessNeed;

/** A participant's own request as they see it: never anything staff wrote about it. */
public record OwnRequest(UUID id, AssistanceKind kind, Instant meetingStartsAt, Instant meetingEndsAt,
        Set<AccessNeed> accessNeeds, @Nullable SupportTiming timing, AssistanceStatus status, Instant askedAt) {

    public OwnRequest {
        accessNeeds = Set.copyOf(accessNeeds);
    }
}
