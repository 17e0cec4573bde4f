package london.victimvoice.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import london.victimvoice.portal.forums.ReminderSettings;

class ReminderPlanTest {

    static final UUID MEETING = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final LocalTime TEN = LocalTime.of(10, 0);

    @Test
    void the_reminder_is_at_the_local_time_on_the_local_date_whatever_the_clocks_did_between() {
        // Tuesday 30 March 2032, 6pm BST; the clocks went forward on Sunday 28 March.
        var spring = Instant.parse("2032-03-30T17:00:00Z");
        assertThat(ReminderPlan.dueAt(spring, 7, TEN)).isEqualTo(Instant.parse("2032-03-23T10:00:00Z"));
        assertThat(ReminderPlan.dueAt(spring, 1, TEN)).isEqualTo(Instant.parse("2032-03-29T09:00:00Z"));
        // Tuesday 2 November 2032, 6pm GMT; the clocks went back on Sunday 31 October.
        var autumn = Instant.parse("2032-11-02T18:00:00Z");
        assertThat(ReminderPlan.dueAt(autumn, 7, TEN)).isEqualTo(Instant.parse("2032-10-26T09:00:00Z"));
        assertThat(ReminderPlan.dueAt(autumn, 1, TEN)).isEqualTo(Instant.parse("2032-11-01T10:00:00Z"));
        // A meeting at 00:30 London time on 1 April (BST) is on 1 April, not on 31 March as in UTC.
        assertThat(ReminderPlan.dueAt(Instant.parse("2032-03-31T23:30:00Z"), 1, TEN))
                .isEqualTo(Instant.parse("2032-03-31T09:00:00Z"));
    }

    @Test
    void a_new_meeting_plans_future_reminders_and_skips_past_ones() {
        var start = Instant.parse("2032-03-16T18:00:00Z");
        var now = Instant.parse("2032-03-10T12:00:00Z");

        assertThat(ReminderPlan.sync(MEETING, start, List.of(), ReminderSettings.DEFAULT, now, false)).containsExactly(
                new ReminderRow(MEETING, 7, Instant.parse("2032-03-09T10:00:00Z"), ReminderStatus.SKIPPED, 0, null),
                new ReminderRow(MEETING, 1, Instant.parse("2032-03-15T10:00:00Z"), ReminderStatus.PLANNED, 0, null));
    }

    @Test
    void unchanged_settings_write_nothing() {
        var start = Instant.parse("2032-03-16T18:00:00Z");
        var now = Instant.parse("2032-03-01T12:00:00Z");
        var rows = ReminderPlan.sync(MEETING, start, List.of(), ReminderSettings.DEFAULT, now, false);

        assertThat(ReminderPlan.sync(MEETING, start, rows, ReminderSettings.DEFAULT, now, false)).isEmpty();
    }

    @Test
    void a_queued_reminder_stays_unless_the_meeting_moved_to_where_it_is_ahead_again() {
        var queuedAt = Instant.parse("2032-03-09T10:00:00Z");
        var queued = new ReminderRow(MEETING, 7, queuedAt, ReminderStatus.QUEUED, 0, queuedAt);
        var planned = new ReminderRow(MEETING, 1, Instant.parse("2032-03-15T10:00:00Z"), ReminderStatus.PLANNED, 0, null);
        var now = Instant.parse("2032-03-10T12:00:00Z");
        var settings = new ReminderSettings(List.of(7, 1), LocalTime.of(11, 0));

        assertThat(ReminderPlan.sync(MEETING, Instant.parse("2032-03-16T18:00:00Z"), List.of(queued, planned), settings,
                now, false)).as("new time: only the planned one follows").containsExactly(
                new ReminderRow(MEETING, 1, Instant.parse("2032-03-15T11:00:00Z"), ReminderStatus.PLANNED, 0, null));

        assertThat(ReminderPlan.sync(MEETING, Instant.parse("2032-03-30T17:00:00Z"), List.of(queued, planned),
                ReminderSettings.DEFAULT, now, true)).containsExactly(
                new ReminderRow(MEETING, 7, Instant.parse("2032-03-23T10:00:00Z"), ReminderStatus.PLANNED, 1, null),
                new ReminderRow(MEETING, 1, Instant.parse("2032-03-29T09:00:00Z"), ReminderStatus.PLANNED, 0, null));
    }

    @Test
    void a_meeting_moved_to_short_notice_after_its_reminders_went_is_reminded_once_more_now() {
        var sent = Instant.parse("2032-03-15T10:00:00Z");
        var rows = List.of(new ReminderRow(MEETING, 7, Instant.parse("2032-03-09T10:00:00Z"), ReminderStatus.QUEUED, 0,
                Instant.parse("2032-03-09T10:00:00Z")), new ReminderRow(MEETING, 1, sent, ReminderStatus.QUEUED, 0, sent));
        var now = Instant.parse("2032-03-16T09:00:00Z");

        assertThat(ReminderPlan.sync(MEETING, Instant.parse("2032-03-16T19:00:00Z"), rows, ReminderSettings.DEFAULT, now,
                true)).containsExactly(new ReminderRow(MEETING, 1, now, ReminderStatus.PLANNED, 1, null));
        assertThat(ReminderPlan.sync(MEETING, Instant.parse("2032-03-16T19:00:00Z"), rows, ReminderSettings.DEFAULT, now,
                false)).as("not moved: they were reminded of this time").isEmpty();
    }

    @Test
    void days_no_longer_used_are_cancelled_unless_queued() {
        var now = Instant.parse("2032-03-01T12:00:00Z");
        var start = Instant.parse("2032-03-16T18:00:00Z");
        var rows = List.of(
                new ReminderRow(MEETING, 14, Instant.parse("2032-03-02T10:00:00Z"), ReminderStatus.PLANNED, 0, null),
                new ReminderRow(MEETING, 10, Instant.parse("2032-02-28T10:00:00Z"), ReminderStatus.QUEUED, 0, now),
                new ReminderRow(MEETING, 1, Instant.parse("2032-03-15T10:00:00Z"), ReminderStatus.PLANNED, 0, null));

        assertThat(ReminderPlan.sync(MEETING, start, rows, new ReminderSettings(List.of(1), TEN), now, false))
                .containsExactly(rows.getFirst().cancelled());
    }
}
