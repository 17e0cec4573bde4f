package london.victimvoice.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.forums.ForumAccessRefused;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.messaging.devoutbox.DevOutboxEntry;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.EqualityAnswers;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.ParticipantAccounts;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;
import london.victimvoice.portal.support.MutableClock;

/**
 * Series, answers, moving and cancelling meetings, and who is told, on every database we run on;
 * subclasses pick the database.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(MeetingsContract.Config.class)
abstract class MeetingsContract {

    static final Instant NOW = Instant.parse("2031-02-01T10:00:00Z");
    static final String FORUM = "disabilities";
    static final ForumManager CORA = new ForumManager("cora", false);
    static final ForumManager NOBODY = new ForumManager("nobody", false);
    static final ForumManager ADMIN = new ForumManager("admin", true);
    /** Tuesday 4 March 2031; the clocks go forward on 30 March and back on 26 October. */
    static final LocalDate FIRST = LocalDate.of(2031, 3, 4);
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
    Rsvps rsvps;

    @Autowired
    CalendarFiles calendars;

    @Autowired
    ForumStewards stewards;

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    DevOutbox outbox;

    @Autowired
    ParticipantAccounts accounts;

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

    /** {@code sentBefore}: the outbox's last id once they were approved, so only later messages count. */
    record Member(UUID id, String email, long sentBefore) {
    }

    Member member(String name, boolean discreet, String forum) {
        var email = "meet." + UUID.randomUUID() + "@example.org";
        var id = signUps.submit(new NewRegistration(name, null, null, email, ChannelType.EMAIL, email, null, null,
                Set.of(forum), new ContactSafety(EnumSet.of(ChannelType.EMAIL), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), discreet, "", "", Set.of(), ""),
                EqualityAnswers.skipped(), 1, true)).participantId();
        approvals.approve(id, "approver-ann");
        return new Member(id, email, outbox.latest(1).stream().mapToLong(DevOutboxEntry::id).max().orElse(0));
    }

    SeriesPlan plan(LocalDate first, LocalTime start, LocalTime end, int interval, int count, MeetingPlace place) {
        return new SeriesPlan(FORUM, first, start, end, interval, count, place, 12, "Tea and biscuits");
    }

    List<UUID> sixWeekly(int count) {
        return planner.createSeries(CORA, plan(FIRST, SIX, EIGHT, 6, count, VENUE));
    }

    List<DevOutboxEntry> sentTo(Member member) {
        return outbox.latest(10_000).stream().filter(m -> m.recipient().equals(member.email()))
                .filter(m -> m.id() > member.sentBefore()).toList();
    }

    int meetingRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM meeting", Integer.class);
    }

    @Test
    void a_series_keeps_six_pm_london_time_across_the_march_and_october_clock_changes() {
        var ids = sixWeekly(7);

        var listed = planner.upcoming(CORA).stream().filter(f -> f.forumCode().equals(FORUM)).findFirst()
                .orElseThrow().meetings().stream().filter(m -> ids.contains(m.id())).toList();
        assertThat(listed).extracting(MeetingDetails::startsAt).containsExactly(
                Instant.parse("2031-03-04T18:00:00Z"), Instant.parse("2031-04-15T17:00:00Z"),
                Instant.parse("2031-05-27T17:00:00Z"), Instant.parse("2031-07-08T17:00:00Z"),
                Instant.parse("2031-08-19T17:00:00Z"), Instant.parse("2031-09-30T17:00:00Z"),
                Instant.parse("2031-11-11T18:00:00Z"));
        assertThat(listed).allSatisfy(m -> {
            assertThat(LondonTimes.time(m.startsAt())).isEqualTo("6pm");
            assertThat(LondonTimes.time(m.endsAt())).isEqualTo("8pm");
            assertThat(m.place().venueAddress()).isEqualTo("1 High Street, London");
            assertThat(m.capacity()).isEqualTo(12);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_series WHERE forum_code = ? AND created_by = 'cora'",
                Integer.class, FORUM)).isPositive();
    }

    @Test
    void bad_series_are_refused_with_a_clear_message_and_nothing_is_saved() {
        var before = meetingRows();
        var yesterday = LocalDate.of(2031, 1, 31);
        var longText = "a".repeat(2001);

        refused(() -> planner.createSeries(CORA, plan(yesterday, SIX, EIGHT, 6, 6, VENUE)), "meetings.error.past",
                MeetingField.DATE);
        refused(() -> planner.createSeries(CORA, plan(FIRST, EIGHT, SIX, 6, 6, VENUE)),
                "meetings.error.endBeforeStart", MeetingField.END);
        refused(() -> planner.createSeries(CORA, plan(FIRST, SIX, SIX, 6, 6, VENUE)),
                "meetings.error.endBeforeStart", MeetingField.END);
        refused(() -> planner.createSeries(CORA, plan(FIRST, SIX, EIGHT, 0, 6, VENUE)), "meetings.error.interval",
                MeetingField.INTERVAL);
        refused(() -> planner.createSeries(CORA, plan(FIRST, SIX, EIGHT, -6, 6, VENUE)), "meetings.error.interval",
                MeetingField.INTERVAL);
        refused(() -> planner.createSeries(CORA, plan(FIRST, SIX, EIGHT, 53, 6, VENUE)), "meetings.error.interval",
                MeetingField.INTERVAL);
        refused(() -> planner.createSeries(CORA, plan(FIRST, SIX, EIGHT, 6, 27, VENUE)), "meetings.error.count",
                MeetingField.COUNT);
        refused(() -> planner.createSeries(CORA, plan(FIRST, SIX, EIGHT, 6, 6,
                new MeetingPlace(" ", true, true, "Angel", ""))), "meetings.error.noPlace", MeetingField.ADDRESS);
        refused(() -> planner.createSeries(CORA, plan(FIRST, SIX, EIGHT, 6, 6,
                new MeetingPlace(null, false, false, null, "http://meet.example.org/abc"))),
                "meetings.error.linkNotHttps", MeetingField.LINK);
        refused(() -> planner.createSeries(CORA, plan(FIRST, SIX, EIGHT, 6, 6,
                new MeetingPlace("<script>alert(1)</script>", false, false, null, null))), "meetings.error.markup",
                MeetingField.ADDRESS);
        refused(() -> planner.createSeries(CORA, new SeriesPlan(FORUM, FIRST, SIX, EIGHT, 6, 6, VENUE, 12, longText)),
                "meetings.error.notesTooLong", MeetingField.NOTES);
        refused(() -> planner.createSeries(CORA, new SeriesPlan(FORUM, FIRST, SIX, EIGHT, 6, 6, VENUE, 0, null)),
                "meetings.error.capacity", MeetingField.CAPACITY);

        assertThat(meetingRows()).isEqualTo(before);
    }

    @Test
    void a_coordinator_of_nothing_is_refused_everywhere_and_changes_nothing() {
        var id = sixWeekly(1).getFirst();
        var opened = planner.forEditing(CORA, id).orElseThrow();

        assertThat(planner.upcoming(NOBODY)).isEmpty();
        assertThatThrownBy(() -> planner.createSeries(NOBODY, plan(FIRST, SIX, EIGHT, 6, 1, VENUE)))
                .isInstanceOf(ForumAccessRefused.class);
        assertThatThrownBy(() -> planner.forEditing(NOBODY, id)).isInstanceOf(ForumAccessRefused.class);
        assertThatThrownBy(() -> planner.change(NOBODY, id, new MeetingChange(FIRST.plusDays(1), SIX, EIGHT, VENUE, 12,
                null, opened.version()))).isInstanceOf(ForumAccessRefused.class);
        assertThatThrownBy(() -> planner.cancel(NOBODY, id, opened.version())).isInstanceOf(ForumAccessRefused.class);

        assertThat(planner.forEditing(ADMIN, id).orElseThrow()).isEqualTo(opened);
    }

    @Test
    void members_answer_and_change_their_answer_until_the_meeting_starts() {
        var id = sixWeekly(1).getFirst();
        var ann = member("Ann", true, FORUM);
        var outsider = member("Olu", true, "women-and-girls");

        assertThat(rsvps.answer(ann.id(), id, RsvpAnswer.NOT_SURE).answer()).isEqualTo(RsvpAnswer.NOT_SURE);
        assertThat(rsvps.answer(ann.id(), id, RsvpAnswer.COMING).answer()).isEqualTo(RsvpAnswer.COMING);
        assertThat(rsvps.upcomingFor(ann.id())).filteredOn(m -> m.id().equals(id)).singleElement()
                .extracting(MemberMeeting::answer).isEqualTo(RsvpAnswer.COMING);
        assertThat(planner.forEditing(CORA, id).orElseThrow().coming()).isEqualTo(1);

        refused(() -> rsvps.answer(outsider.id(), id, RsvpAnswer.COMING), "meetings.error.notFound",
                MeetingField.NONE);
        assertThat(rsvps.meetingFor(outsider.id(), id)).isEmpty();
        assertThat(rsvps.upcomingFor(outsider.id())).noneMatch(m -> m.id().equals(id));

        clock.set(Instant.parse("2031-03-04T18:30:00Z"));
        refused(() -> rsvps.answer(ann.id(), id, RsvpAnswer.NOT_COMING), "meetings.error.rsvpStarted",
                MeetingField.ANSWER);
        clock.set(Instant.parse("2031-03-04T20:30:00Z"));
        refused(() -> rsvps.answer(ann.id(), id, RsvpAnswer.NOT_COMING), "meetings.error.rsvpFinished",
                MeetingField.ANSWER);
        assertThat(jdbc.queryForObject("SELECT answer FROM meeting_rsvp WHERE meeting_id = ? AND participant_id = ?",
                String.class, id.toString(), ann.id().toString())).isEqualTo("COMING");
    }

    @Test
    void no_answer_to_a_cancelled_meeting() {
        var id = sixWeekly(1).getFirst();
        var ann = member("Ann", true, FORUM);
        planner.cancel(CORA, id, planner.forEditing(CORA, id).orElseThrow().version());

        refused(() -> rsvps.answer(ann.id(), id, RsvpAnswer.COMING), "meetings.error.rsvpCancelled",
                MeetingField.ANSWER);
        assertThat(rsvps.meetingFor(ann.id(), id).orElseThrow().cancelled()).isTrue();
    }

    @Test
    void the_address_and_link_show_only_to_those_coming_and_only_from_seven_days_before() {
        var id = planner.createSeries(CORA, plan(FIRST, SIX, EIGHT, 6, 1,
                new MeetingPlace("1 High Street", false, true, "Angel", "https://meet.example.org/abc"))).getFirst();
        var coming = member("Cal", true, FORUM);
        var unsure = member("Uma", true, FORUM);
        rsvps.answer(coming.id(), id, RsvpAnswer.COMING);
        rsvps.answer(unsure.id(), id, RsvpAnswer.NOT_SURE);

        clock.set(Instant.parse("2031-02-25T17:59:00Z"));
        assertThat(rsvps.meetingFor(coming.id(), id).orElseThrow().detailsShown()).isFalse();

        clock.set(Instant.parse("2031-02-25T18:00:00Z"));
        var seen = rsvps.meetingFor(coming.id(), id).orElseThrow();
        assertThat(seen.venueAddress()).isEqualTo("1 High Street");
        assertThat(seen.onlineLink()).isEqualTo("https://meet.example.org/abc");
        var notSeen = rsvps.meetingFor(unsure.id(), id).orElseThrow();
        assertThat(notSeen.venueAddress()).isNull();
        assertThat(notSeen.onlineLink()).isNull();
        assertThat(notSeen.nearestStation()).isEqualTo("Angel");
        assertThat(notSeen.hearingLoop()).isTrue();

        var file = new String(calendars.forMember(unsure.id(), id).orElseThrow().content(), StandardCharsets.UTF_8);
        assertThat(file).doesNotContain("High Street").doesNotContain("meet.example.org");
        var comingFile = new String(calendars.forMember(coming.id(), id).orElseThrow().content(),
                StandardCharsets.UTF_8);
        assertThat(comingFile).contains("LOCATION:1 High Street");
    }

    @Test
    void moving_a_meeting_tells_everyone_who_answered_in_discreet_words_unless_they_chose_plain() {
        var id = sixWeekly(1).getFirst();
        var coming = member("Cal", true, FORUM);
        var unsure = member("Uma", false, FORUM);
        var notComing = member("Nat", true, FORUM);
        var silent = member("Sam", true, FORUM);
        rsvps.answer(coming.id(), id, RsvpAnswer.COMING);
        rsvps.answer(unsure.id(), id, RsvpAnswer.NOT_SURE);
        rsvps.answer(notComing.id(), id, RsvpAnswer.NOT_COMING);
        var opened = planner.forEditing(CORA, id).orElseThrow();

        var moved = planner.change(CORA, id, new MeetingChange(LocalDate.of(2031, 3, 6), LocalTime.of(18, 30), EIGHT,
                VENUE, 10, "Moved", opened.version()));

        assertThat(moved.startsAt()).isEqualTo(Instant.parse("2031-03-06T18:30:00Z"));
        assertThat(sentTo(coming)).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo("Your group meeting on Tuesday 4 March has moved to Thursday 6 March, "
                    + "6:30pm to 8pm. Sign in to the website for details.");
            assertThat(m.subject()).isEqualTo("Your group meeting has moved");
            assertThat(m.body() + m.subject()).doesNotContainIgnoringCase("victim").doesNotContainIgnoringCase("forum");
        });
        assertThat(sentTo(unsure)).singleElement().satisfies(m -> assertThat(m.body()).startsWith("Victim Voice"));
        assertThat(sentTo(notComing)).as("the new time may suit them").hasSize(1);
        assertThat(sentTo(silent)).as("never answered").isEmpty();
    }

    @Test
    void someone_who_left_the_forum_is_not_told() {
        var id = sixWeekly(1).getFirst();
        var leaver = member("Lee", true, FORUM);
        rsvps.answer(leaver.id(), id, RsvpAnswer.COMING);
        assertThat(accounts.leave(leaver.id(), FORUM)).isTrue();

        planner.cancel(CORA, id, planner.forEditing(CORA, id).orElseThrow().version());

        assertThat(sentTo(leaver)).noneMatch(m -> m.body().contains("cancelled"));
    }

    @Test
    void changing_only_the_notes_tells_nobody() {
        var id = sixWeekly(1).getFirst();
        var coming = member("Cal", true, FORUM);
        rsvps.answer(coming.id(), id, RsvpAnswer.COMING);
        var opened = planner.forEditing(CORA, id).orElseThrow();

        planner.change(CORA, id, new MeetingChange(FIRST, SIX, EIGHT, VENUE, 12, "Bring a friend", opened.version()));

        assertThat(sentTo(coming)).isEmpty();
        assertThat(planner.forEditing(CORA, id).orElseThrow().notes()).isEqualTo("Bring a friend");
    }

    @Test
    void cancelling_tells_everyone_who_answered_discreetly() {
        var id = sixWeekly(1).getFirst();
        var coming = member("Cal", true, FORUM);
        var notComing = member("Nat", true, FORUM);
        rsvps.answer(coming.id(), id, RsvpAnswer.COMING);
        rsvps.answer(notComing.id(), id, RsvpAnswer.NOT_COMING);

        var cancelled = planner.cancel(CORA, id, planner.forEditing(CORA, id).orElseThrow().version());

        assertThat(cancelled.cancelled()).isTrue();
        assertThat(sentTo(coming)).singleElement().extracting(DevOutboxEntry::body)
                .isEqualTo("Your group meeting on Tuesday 4 March at 6pm is cancelled. Sign in to the website for details.");
        assertThat(sentTo(notComing)).hasSize(1);
        refused(() -> planner.cancel(CORA, id, cancelled.version()), "meetings.error.alreadyCancelled",
                MeetingField.NONE);
    }

    @Test
    void a_second_coordinator_saving_an_old_copy_is_told_and_overwrites_nothing() {
        var id = sixWeekly(1).getFirst();
        var first = planner.forEditing(CORA, id).orElseThrow();
        var second = planner.forEditing(ADMIN, id).orElseThrow();
        planner.change(CORA, id, new MeetingChange(FIRST, SIX, EIGHT, VENUE, 12, "Cora's notes", first.version()));

        refused(() -> planner.change(ADMIN, id, new MeetingChange(FIRST, SIX, EIGHT, VENUE, 8, "Admin's notes",
                second.version())), "meetings.error.changedByOther", MeetingField.NONE);
        refused(() -> planner.cancel(ADMIN, id, second.version()), "meetings.error.changedByOther", MeetingField.NONE);

        var now = planner.forEditing(CORA, id).orElseThrow();
        assertThat(now.notes()).isEqualTo("Cora's notes");
        assertThat(now.capacity()).isEqualTo(12);
        assertThat(now.cancelled()).isFalse();
    }

    @Test
    void moving_a_meeting_into_the_past_or_ending_before_it_starts_is_refused() {
        var id = sixWeekly(1).getFirst();
        var opened = planner.forEditing(CORA, id).orElseThrow();

        refused(() -> planner.change(CORA, id, new MeetingChange(LocalDate.of(2031, 1, 1), SIX, EIGHT, VENUE, 12, null,
                opened.version())), "meetings.error.past", MeetingField.DATE);
        refused(() -> planner.change(CORA, id, new MeetingChange(FIRST, EIGHT, SIX, VENUE, 12, null,
                opened.version())), "meetings.error.endBeforeStart", MeetingField.END);
        assertThat(planner.forEditing(CORA, id).orElseThrow()).isEqualTo(opened);
    }

    @Test
    void the_calendar_title_is_discreet_unless_the_member_chose_plain_messages() {
        var id = sixWeekly(1).getFirst();
        var quiet = member("Quin", true, FORUM);
        var plain = member("Pat", false, FORUM);

        assertThat(new String(calendars.forMember(quiet.id(), id).orElseThrow().content(), StandardCharsets.UTF_8))
                .contains("SUMMARY:Group meeting").doesNotContainIgnoringCase("victim").doesNotContainIgnoringCase("forum");
        assertThat(new String(calendars.forMember(plain.id(), id).orElseThrow().content(), StandardCharsets.UTF_8))
                .contains("SUMMARY:Victim Voice Forum: ");
        assertThat(calendars.forMember(member("Olu", true, "women-and-girls").id(), id)).isEmpty();
    }

    static void refused(Runnable action, String key, MeetingField field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(MeetingRefused.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
