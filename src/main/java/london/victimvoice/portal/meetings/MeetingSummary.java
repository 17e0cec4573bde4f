package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.util.UUID;

/** What other modules may know of a meeting: which forum, when, and whether it is still on. */
public record MeetingSummary(UUID id, String forumCode, Instant startsAt, Instant endsAt, MeetingStatus status) {

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    /** Finished, or under way: too late to change an answer about it. */
    public boolean startedBy(Instant now) {
        return !now.isBefore(startsAt);
    }
}
