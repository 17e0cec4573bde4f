package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's attendance at a meeting as last marked, with the meeting's forum and start, for
 * other modules (vouchers) that act on attendance.
 */
public record RecordedMark(UUID meetingId, String forumCode, Instant meetingStartsAt, UUID participantId,
        AttendanceStatus status, String recordedBy, Instant recordedAt) {
}
