package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.util.List;

/**
 * The members of a meeting's forum with their marks. {@code open} says whether attendance can be
 * recorded now: from {@code opensAt} (an hour before the start) on, unless the meeting is cancelled.
 */
public record AttendanceSheet(MeetingSummary meeting, boolean open, Instant opensAt, List<AttendanceLine> lines) {
}
