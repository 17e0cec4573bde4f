package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import london.victimvoice.portal.base.LondonTimes;

/**
 * The start and end instants of a run of meetings. Each date is worked out as a London date and
 * time first and only then turned into an instant, so a meeting at 18:00 stays at 18:00 local
 * time when the clocks go forward in March or back in October.
 */
final class SeriesDates {

    record Slot(Instant startsAt, Instant endsAt) {
    }

    private SeriesDates() {
    }

    static List<Slot> of(LocalDate firstDate, LocalTime start, LocalTime end, int intervalWeeks, int count) {
        var slots = new ArrayList<Slot>(count);
        for (var i = 0; i < count; i++) {
            slots.add(slot(firstDate.plusWeeks((long) i * intervalWeeks), start, end));
        }
        return slots;
    }

    static Slot slot(LocalDate date, LocalTime start, LocalTime end) {
        // ZonedDateTime.of moves a time that does not exist (the hour skipped in March) forward,
        // and picks the earlier of two that exist twice (October): the sensible reading either way.
        return new Slot(ZonedDateTime.of(date, start, LondonTimes.LONDON).toInstant(),
                ZonedDateTime.of(date, end, LondonTimes.LONDON).toInstant());
    }
}
