package london.victimvoice.portal.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One meeting as a coordinator edits it. {@code version} is the one they opened, so a change
 * made by someone else meanwhile is refused rather than overwritten.
 */
public record MeetingChange(LocalDate date, LocalTime start, LocalTime end, MeetingPlace place, int capacity,
        @Nullable String notes, int version) {
}
