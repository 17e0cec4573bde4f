package london.victimvoice.portal.meetings;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One member on the attendance sheet and how they are marked (null: not marked yet). */
public record AttendanceLine(UUID participantId, String chosenName, @Nullable AttendanceStatus status) {
}
