package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.forums.ReminderSettings;

/**
 * Works out a meeting's reminders from its forum's settings, with no database: which rows to add or
 * change when a meeting is made, moved, or its forum's settings change.
 */
final class ReminderPlan {

    private ReminderPlan() {
    }

    /**
     * The London local date so many days before the meeting's London date, at that local time, as an
     * instant. A time that does not exist that day (clocks going forward) moves later by the gap.
     */
    static Instant dueAt(Instant meetingStart, int daysBefore, LocalTime at) {
        return LondonTimes.date(meetingStart).minusDays(daysBefore).atTime(at).atZone(LondonTimes.LONDON).toInstant();
    }

    /**
     * The rows to write so the meeting's reminders follow the settings. Rules:
     * <ul>
     * <li>a reminder whose moment is still ahead is PLANNED for it;</li>
     * <li>one whose moment has passed is SKIPPED, unless already QUEUED (then it stays as it was);</li>
     * <li>when the meeting moved, QUEUED ones whose new moment is ahead are planned again (their
     * messages, with the old time, were cancelled in the outbox);</li>
     * <li>days the forum no longer uses are CANCELLED unless already QUEUED;</li>
     * <li>if that leaves nothing planned and nobody was reminded of this time (a meeting made or moved
     * at short notice), the nearest reminder is planned for now, so members hear of it once.</li>
     * </ul>
     *
     * @param existing the meeting's rows, read under lock
     * @param moved    the meeting's time changed in this transaction
     */
    static List<ReminderRow> sync(UUID meetingId, Instant meetingStart, List<ReminderRow> existing,
            ReminderSettings settings, Instant now, boolean moved) {
        var byDays = new HashMap<Integer, ReminderRow>();
        existing.forEach(r -> byDays.put(r.daysBefore(), r));
        var after = new ArrayList<ReminderRow>();
        for (var days : settings.daysBefore()) {
            var due = dueAt(meetingStart, days, settings.at());
            var row = byDays.remove(days);
            if (row == null) {
                after.add(new ReminderRow(meetingId, days, due,
                        due.isAfter(now) ? ReminderStatus.PLANNED : ReminderStatus.SKIPPED, 0, null));
            } else if (row.status() == ReminderStatus.QUEUED && (!moved || !due.isAfter(now))) {
                after.add(row);
            } else {
                after.add(due.isAfter(now) ? row.planned(due) : row.skipped(due));
            }
        }
        for (var left : byDays.values()) {
            var dropped = left.status() == ReminderStatus.PLANNED || left.status() == ReminderStatus.SKIPPED;
            after.add(dropped ? left.cancelled() : left);
        }
        var nothingPlanned = after.stream().noneMatch(r -> r.status() == ReminderStatus.PLANNED);
        var remindedOfThisTime = !moved && after.stream().anyMatch(r -> r.status() == ReminderStatus.QUEUED);
        if (nothingPlanned && !remindedOfThisTime && meetingStart.isAfter(now)) {
            after.stream().filter(r -> settings.daysBefore().contains(r.daysBefore()))
                    .min(Comparator.comparingInt(ReminderRow::daysBefore))
                    .ifPresent(nearest -> after.set(after.indexOf(nearest), nearest.planned(now)));
        }
        return after.stream().filter(r -> !existing.contains(r)).toList();
    }
}
