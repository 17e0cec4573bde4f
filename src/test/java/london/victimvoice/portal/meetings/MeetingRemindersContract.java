package london.victimvoice.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumSettings;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.EqualityAnswers;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;
import london.victimvoice.portal.support.MutableClock;

/**
 * Meeting reminders on every database we run on: planned when meetings are made, moved and
 * cancelled with them, queued by the sweep once per member who has not said no, and replanned when
 * the forum's settings change. The outbox does not send here, so queued messages stay unsent.
 */
@SpringBootTest(properties = "portal.messaging.outbox.dispatch=off")
@ActiveProfiles("test")
@Import(MeetingRemindersContract.Config.class)
abstract class MeetingRemindersContract {

    /** Monday 1 March 2032, 9am in London (GMT). The clocks go forward on Sunday 28 March 2032. */
    static final Instant NOW = Instant.parse("2032-03-01T09:00:00Z");
    static final String FORUM = "lgbtq";
    static final ForumManager CORA = new ForumManager("cora", false);
    static final LocalTime SIX = LocalTime.of(18, 0);
    static final LocalTime EIGHT = LocalTime.of(20, 0);
    static final MeetingPlace VENUE = new MeetingPlace("1 High Street, London", true, false, "Angel", null);

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    MeetingPlanner planner;

    @Autowired
    MeetingReminders reminders;

    @Autowired
    Rsvps rsvps;

    @Autowired
    ForumStewards stewards;

    @Autowired
    ForumSettings forumSettings;

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        stewards.assign(FORUM, "cora");
        jdbc.update("UPDATE forum SET capacity = 1000 WHERE code = ?", FORUM);
    }

    @AfterEach
    void defaultSettings() {
        jdbc.update("UPDATE forum SET reminder_days = '7,1', reminder_time = '10:00:00'");
    }

    UUID member(Set<TimeOfDay> times) {
        return member(times, FORUM);
    }

    UUID member(Set<TimeOfDay> times, String forum) {
        var email = "remind." + UUID.randomUUID() + "@example.org";
        var id = signUps.submit(new NewRegistration("Robin", null, null, email, ChannelType.EMAIL, email, null, null,
                Set.of(forum), new ContactSafety(EnumSet.of(ChannelType.EMAIL), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.copyOf(times), true, "", "", Set.of(), ""),
                EqualityAnswers.skipped(), 1, true)).participantId();
        approvals.approve(id, "approver-ann");
        return id;
    }

    UUID member() {
        return member(EnumSet.allOf(TimeOfDay.class));
    }

    /** One meeting, 6pm to 8pm London time on that day. */
    UUID meetingOn(LocalDate day) {
        return planner.createSeries(CORA, new SeriesPlan(FORUM, day, SIX, EIGHT, 1, 1, VENUE, 12, null)).getFirst();
    }

    record Queued(UUID participant, String status, String reason, String body, Instant notBefore, String dedupeKey) {
    }

    /** Reminder messages in the outbox about this meeting to this person, oldest first. */
    List<Queued> remindersTo(UUID participant, UUID meeting) {
        return jdbc.query("SELECT participant_id, status, reason, body, not_before, dedupe_key FROM outbox_message"
                + " WHERE about = ? AND participant_id = ? AND template_id = 'meeting-reminder' ORDER BY created_at, id",
                (rs, n) -> new Queued(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)),
                "meeting:" + meeting, participant.toString());
    }

    int remindersAbout(UUID meeting) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE about = ?", Integer.class,
                "meeting:" + meeting);
    }

    List<ReminderRow> rows(UUID meeting) {
        return reminders.of(meeting);
    }

    static ReminderRow row(UUID meeting, int days, String due, ReminderStatus status, int revision) {
        return new ReminderRow(meeting, days, Instant.parse(due), status, revision, null);
    }

    /** Rows without queued_at, which tests compare separately. */
    List<ReminderRow> plain(UUID meeting) {
        return rows(meeting).stream().map(r -> new ReminderRow(r.meetingId(), r.daysBefore(), r.dueAt(), r.status(),
                r.revision(), null)).toList();
    }

    MeetingDetails move(UUID meeting, LocalDate day, LocalTime start) {
        var opened = planner.forEditing(CORA, meeting).orElseThrow();
        return planner.change(CORA, meeting, new MeetingChange(day, start, start.plusHours(2), VENUE, 12, null,
                opened.version()));
    }

    @Test
    void default_settings_plan_reminders_at_ten_london_seven_days_and_one_day_before_across_the_clock_change() {
        var ids = planner.createSeries(CORA, new SeriesPlan(FORUM, LocalDate.of(2032, 3, 16), SIX, EIGHT, 2, 2, VENUE,
                12, null));

        assertThat(plain(ids.get(0))).containsExactly(
                row(ids.get(0), 7, "2032-03-09T10:00:00Z", ReminderStatus.PLANNED, 0),
                row(ids.get(0), 1, "2032-03-15T10:00:00Z", ReminderStatus.PLANNED, 0));
        assertThat(plain(ids.get(1))).as("30 March is in summer time; 23 March is not").containsExactly(
                row(ids.get(1), 7, "2032-03-23T10:00:00Z", ReminderStatus.PLANNED, 0),
                row(ids.get(1), 1, "2032-03-29T09:00:00Z", ReminderStatus.PLANNED, 0));
    }

    @Test
    void the_sweep_queues_a_reminder_at_its_moment_for_members_not_saying_no_and_only_once() {
        var id = meetingOn(LocalDate.of(2032, 3, 16));
        var coming = member();
        var unsure = member();
        var notComing = member();
        var silent = member();
        rsvps.answer(coming, id, RsvpAnswer.COMING);
        rsvps.answer(unsure, id, RsvpAnswer.NOT_SURE);
        rsvps.answer(notComing, id, RsvpAnswer.NOT_COMING);

        clock.set(Instant.parse("2032-03-09T09:59:59Z"));
        reminders.sweep();
        assertThat(remindersAbout(id)).as("not before its moment").isZero();

        clock.set(Instant.parse("2032-03-09T10:00:00Z"));
        reminders.sweep();

        for (var person : List.of(coming, unsure, silent)) {
            assertThat(remindersTo(person, id)).singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo("created");
                assertThat(m.body()).startsWith("Reminder: your group meeting is on Tuesday 16 March at 6pm.");
                assertThat(m.dedupeKey()).isEqualTo("reminder:" + id + ":7:0:" + person);
            });
        }
        assertThat(remindersTo(notComing, id)).isEmpty();
        assertThat(rows(id).getFirst()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReminderStatus.QUEUED);
            assertThat(r.queuedAt()).isEqualTo(Instant.parse("2032-03-09T10:00:00Z"));
        });
        assertThat(rows(id).get(1).status()).isEqualTo(ReminderStatus.PLANNED);

        var queued = remindersAbout(id);
        clock.set(Instant.parse("2032-03-09T10:05:00Z"));
        reminders.sweep();
        assertThat(remindersAbout(id)).as("a second sweep queues nothing again").isEqualTo(queued);
    }

    @Test
    void two_sweeps_at_once_queue_each_reminder_once() throws Exception {
        var id = meetingOn(LocalDate.of(2032, 3, 16));
        var people = List.of(member(), member(), member());
        clock.set(Instant.parse("2032-03-15T10:00:00Z"));

        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<Integer> sweep = reminders::sweep;
            for (var done : pool.invokeAll(List.of(sweep, sweep))) {
                done.get();
            }
        }

        for (var person : people) {
            assertThat(remindersTo(person, id)).as("only the one-day reminder: the seven-day one is too late")
                    .singleElement().extracting(Queued::dedupeKey).isEqualTo("reminder:" + id + ":1:0:" + person);
        }
        assertThat(plain(id)).extracting(ReminderRow::status).containsExactly(ReminderStatus.SKIPPED,
                ReminderStatus.QUEUED);
    }

    @Test
    void an_evening_only_member_gets_the_ten_oclock_reminder_held_until_five() {
        var id = meetingOn(LocalDate.of(2032, 3, 16));
        var evenings = member(EnumSet.of(TimeOfDay.EVENING));

        clock.set(Instant.parse("2032-03-09T10:00:00Z"));
        reminders.sweep();

        assertThat(remindersTo(evenings, id)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("held");
            assertThat(m.notBefore()).isEqualTo(Instant.parse("2032-03-09T17:00:00Z"));
        });
    }

    @Test
    void moving_a_meeting_moves_its_planned_reminders_and_cancels_queued_ones_not_yet_sent() {
        var id = meetingOn(LocalDate.of(2032, 3, 16));
        var person = member();
        clock.set(Instant.parse("2032-03-09T10:00:00Z"));
        reminders.sweep();
        assertThat(remindersTo(person, id)).singleElement().extracting(Queued::status).isEqualTo("created");

        move(id, LocalDate.of(2032, 3, 25), LocalTime.of(18, 30));

        assertThat(remindersTo(person, id)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("cancelled");
            assertThat(m.reason()).isEqualTo("meeting-moved");
        });
        assertThat(plain(id)).containsExactly(
                row(id, 7, "2032-03-18T10:00:00Z", ReminderStatus.PLANNED, 1),
                row(id, 1, "2032-03-24T10:00:00Z", ReminderStatus.PLANNED, 0));

        clock.set(Instant.parse("2032-03-18T10:00:00Z"));
        reminders.sweep();
        assertThat(remindersTo(person, id)).hasSize(2).last().satisfies(m -> {
            assertThat(m.status()).isEqualTo("created");
            assertThat(m.body()).startsWith("Reminder: your group meeting is on Thursday 25 March at 6:30pm.");
            assertThat(m.dedupeKey()).isEqualTo("reminder:" + id + ":7:1:" + person);
        });
    }

    @Test
    void a_move_skips_reminders_whose_moment_has_passed() {
        var id = meetingOn(LocalDate.of(2032, 3, 30));
        clock.set(Instant.parse("2032-03-22T12:00:00Z"));

        move(id, LocalDate.of(2032, 3, 27), SIX);

        assertThat(plain(id)).containsExactly(
                row(id, 7, "2032-03-20T10:00:00Z", ReminderStatus.SKIPPED, 0),
                row(id, 1, "2032-03-26T10:00:00Z", ReminderStatus.PLANNED, 0));
    }

    @Test
    void a_meeting_at_short_notice_gets_one_reminder_now() {
        clock.set(Instant.parse("2032-03-01T11:00:00Z"));

        var id = meetingOn(LocalDate.of(2032, 3, 2));

        assertThat(plain(id)).containsExactly(
                row(id, 7, "2032-02-24T10:00:00Z", ReminderStatus.SKIPPED, 0),
                row(id, 1, "2032-03-01T11:00:00Z", ReminderStatus.PLANNED, 0));
    }

    @Test
    void changing_only_the_end_leaves_the_reminders_alone() {
        var id = meetingOn(LocalDate.of(2032, 3, 16));
        var person = member();
        clock.set(Instant.parse("2032-03-09T10:00:00Z"));
        reminders.sweep();
        var before = rows(id);

        var opened = planner.forEditing(CORA, id).orElseThrow();
        planner.change(CORA, id, new MeetingChange(LocalDate.of(2032, 3, 16), SIX, LocalTime.of(21, 0), VENUE, 12,
                null, opened.version()));

        assertThat(rows(id)).isEqualTo(before);
        assertThat(remindersTo(person, id)).singleElement().extracting(Queued::status).isEqualTo("created");
    }

    @Test
    void cancelling_cancels_reminders_and_unsent_messages_and_tells_those_who_answered() {
        var id = meetingOn(LocalDate.of(2032, 3, 16));
        var coming = member();
        var silent = member();
        rsvps.answer(coming, id, RsvpAnswer.COMING);
        clock.set(Instant.parse("2032-03-09T10:00:00Z"));
        reminders.sweep();

        planner.cancel(CORA, id, planner.forEditing(CORA, id).orElseThrow().version());

        assertThat(remindersTo(silent, id)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("cancelled");
            assertThat(m.reason()).isEqualTo("meeting-cancelled");
        });
        assertThat(plain(id)).extracting(ReminderRow::status).containsExactly(ReminderStatus.QUEUED,
                ReminderStatus.CANCELLED);
        assertThat(cancellationNoticesTo(coming)).isEqualTo(1);
        assertThat(cancellationNoticesTo(silent)).isZero();

        clock.set(Instant.parse("2032-03-15T10:00:00Z"));
        reminders.sweep();
        assertThat(remindersTo(silent, id)).hasSize(1);
    }

    int cancellationNoticesTo(UUID person) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE participant_id = ? AND template_id ="
                + " 'meeting-cancelled'", Integer.class, person.toString());
    }

    @Test
    void new_forum_settings_replan_coming_meetings_and_leave_queued_reminders_alone() {
        var id = meetingOn(LocalDate.of(2032, 3, 30));
        var soon = meetingOn(LocalDate.of(2032, 3, 16));
        clock.set(Instant.parse("2032-03-09T10:00:00Z"));
        reminders.sweep();

        forumSettings.changeReminders(new ForumManager("admin", true), FORUM, List.of("14", " 3 ", ""), "9:30");

        assertThat(plain(id)).containsExactly(
                row(id, 14, "2032-03-16T09:30:00Z", ReminderStatus.PLANNED, 0),
                row(id, 7, "2032-03-23T10:00:00Z", ReminderStatus.CANCELLED, 0),
                row(id, 3, "2032-03-27T09:30:00Z", ReminderStatus.PLANNED, 0),
                row(id, 1, "2032-03-29T09:00:00Z", ReminderStatus.CANCELLED, 0));
        assertThat(plain(soon)).as("the 7-day reminder was queued: kept").containsExactly(
                row(soon, 14, "2032-03-02T09:30:00Z", ReminderStatus.SKIPPED, 0),
                row(soon, 7, "2032-03-09T10:00:00Z", ReminderStatus.QUEUED, 0),
                row(soon, 3, "2032-03-13T09:30:00Z", ReminderStatus.PLANNED, 0),
                row(soon, 1, "2032-03-15T10:00:00Z", ReminderStatus.CANCELLED, 0));

        forumSettings.changeReminders(new ForumManager("admin", true), FORUM, List.of("7", "1"), "10:00");
        assertThat(plain(id)).extracting(ReminderRow::status).containsExactly(ReminderStatus.CANCELLED,
                ReminderStatus.PLANNED, ReminderStatus.CANCELLED, ReminderStatus.PLANNED);
    }

    @Test
    void a_forum_with_no_reminders_plans_none() {
        forumSettings.changeReminders(new ForumManager("admin", true), FORUM, List.of("", "", ""), "10:00");

        var id = meetingOn(LocalDate.of(2032, 3, 16));

        assertThat(rows(id)).isEmpty();
        clock.set(Instant.parse("2032-03-15T10:00:00Z"));
        reminders.sweep();
        assertThat(remindersAbout(id)).isZero();
    }

    @Test
    void a_member_of_another_forum_gets_nothing_and_the_link_is_the_meeting_page() {
        var id = meetingOn(LocalDate.of(2032, 3, 16));
        var plain = member();
        var outsider = member(EnumSet.allOf(TimeOfDay.class), "open");
        jdbc.update("UPDATE participant SET discreet_messages = FALSE WHERE id = ?", plain.toString());
        clock.set(Instant.parse("2032-03-09T10:00:00Z"));
        reminders.sweep();

        assertThat(remindersTo(plain, id)).singleElement().extracting(Queued::body).asString()
                .contains("http://localhost:8080/meetings/" + id);
        assertThat(remindersTo(outsider, id)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message o WHERE about = ? AND NOT EXISTS"
                + " (SELECT 1 FROM forum_request r WHERE r.participant_id = o.participant_id AND r.forum_code = ?"
                + " AND r.status = 'APPROVED')", Integer.class, "meeting:" + id, FORUM)).isZero();
    }
}
