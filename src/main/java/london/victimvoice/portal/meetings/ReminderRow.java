package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One row of {@code meeting_reminder}: a meeting's reminder so many days before it. */
record ReminderRow(UUID meetingId, int daysBefore, Instant dueAt, ReminderStatus status, int revision,
        @Nullable Instant queuedAt) {

    /** Planned for this moment; a queued reminder planned again gets a new revision (a new dedupe key). */
    ReminderRow planned(Instant due) {
        var again = status == ReminderStatus.QUEUED;
        return new ReminderRow(meetingId, daysBefore, due, ReminderStatus.PLANNED, again ? revision + 1 : revision,
                again ? null : queuedAt);
    }

    ReminderRow skipped(Instant due) {
        return new ReminderRow(meetingId, daysBefore, due, ReminderStatus.SKIPPED, revision, queuedAt);
    }

    ReminderRow cancelled() {
        return new ReminderRow(meetingId, daysBefore, dueAt, ReminderStatus.CANCELLED, revision, queuedAt);
    }

    /** At most one message per person for each revision of each reminder. */
    String dedupeKey(UUID participantId) {
        return "reminder:" + meetingId + ":" + daysBefore + ":" + revision + ":" + participantId;
    }
}
