package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A meeting as its coordinators see it, with how many answered what. */
public record MeetingDetails(UUID id, String forumCode, Instant startsAt, Instant endsAt, MeetingStatus status,
        MeetingPlace place, int capacity, @Nullable String notes, int version, long coming, long notSure,
        long notComing) {

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }
}
