package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member's attendance was marked for the first time ({@code previous} is null) or changed.
 * Marking the same again publishes nothing, so a listener (vouchers, later) can count each
 * event as news. Published inside the recording transaction: listen after commit.
 */
public record AttendanceRecorded(UUID meetingId, String forumCode, UUID participantId, AttendanceStatus status,
        @Nullable AttendanceStatus previous, String recordedBy, Instant recordedAt) {

    public boolean firstMark() {
        return previous == null;
    }
}
