package london.victimvoice.portal.assistance;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.participants.AccessNeed;

/**
 * A request as a support worker sees it once opened.
 *
 * @param version  pass back when changing the status, so a change made meanwhile by someone else
 *                 is not silently overwritten
 * @param details  what the person wrote; empty when nothing
 * @param contact  null when the person's record has gone (erased on request)
 */
public record RequestDetails(UUID id, int version, AssistanceKind kind, AssistanceStatus status, String forumCode,
        Instant meetingStartsAt, Instant meetingEndsAt, Set<AccessNeed> accessNeeds, @Nullable SupportTiming timing,
        String details, Instant askedAt, @Nullable SafeContact contact, List<StaffNote> notes) {

    public RequestDetails {
        accessNeeds = Set.copyOf(accessNeeds);
        notes = List.copyOf(notes);
    }
}
