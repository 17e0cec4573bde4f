package london.victimvoice.portal.assistance;

import java.time.Instant;
import java.util.UUID;

/** A line of the SUPPORT queue: nothing about the person until the request is opened (and audited). */
public record QueuedRequest(UUID id, AssistanceKind kind, String forumCode, Instant meetingStartsAt,
        AssistanceStatus status, Instant askedAt) {
}
