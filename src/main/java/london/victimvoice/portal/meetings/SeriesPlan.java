package london.victimvoice.portal.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * A run of meetings a coordinator asks for: the first on {@code firstDate}, then every
 * {@code intervalWeeks} weeks, each from {@code start} to {@code end} London time.
 */
public record SeriesPlan(String forumCode, LocalDate firstDate, LocalTime start, LocalTime end, int intervalWeeks,
        int count, MeetingPlace place, int capacity, @Nullable String notes) {

    public static final int DEFAULT_INTERVAL_WEEKS = 6;
    public static final int MAX_INTERVAL_WEEKS = 52;
    public static final int DEFAULT_COUNT = 6;
    public static final int MAX_COUNT = 26;
    public static final int NOTES_MAX_LENGTH = Meeting.NOTES_MAX_LENGTH;
    public static final int MAX_CAPACITY = 1000;
}
