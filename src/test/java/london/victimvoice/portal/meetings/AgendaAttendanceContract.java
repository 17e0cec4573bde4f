package london.victimvoice.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.event.TransactionalEventListener;

import london.victimvoice.portal.forums.ForumAccessRefused;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.support.MutableClock;

/**
 * Topic suggestions and votes, building and publishing an agenda, and recording attendance, on
 * every database we run on; subclasses pick the database.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(AgendaAttendanceContract.Config.class)
abstract class AgendaAttendanceContract {

    static final Instant NOW = Instant.parse("2031-03-01T10:00:00Z");
    /** A Tuesday, 18:00 in London (still GMT). */
    static final Instant MEETING = Instant.parse("2031-03-18T18:00:00Z");
    static final ForumManager COORDINATOR = new ForumManager("coordinator-cat", false);
    static final ForumManager OTHER_COORDINATOR = new ForumManager("coordinator-olu", false);

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }

        @Bean
        Recorded recorded() {
            return new Recorded();
        }
    }

    /** Hears attendance events as a real listener in another module would: after commit. */
    static class Recorded {
        final List<AttendanceRecorded> events = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(AttendanceRecorded event) {
            events.add(event);
        }
    }

    @Autowired
    MeetingTopics topics;

    @Autowired
    MeetingAgendas agendas;

    @Autowired
    MeetingAttendance attendance;

    @Autowired
    ForumStewards stewards;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Recorded recorded;

    UUID meeting;
    UUID ann;
    UUID ben;

    @BeforeEach
    void aMeetingOfTheOpenForumWithTwoMembers() {
        clock.set(NOW);
        stewards.assign("open", COORDINATOR.username());
        stewards.assign("lgbtq", OTHER_COORDINATOR.username());
        meeting = TestMeetings.create(context, "open", MEETING);
        ann = TestMembers.member(context, "Ann", "open");
        ben = TestMembers.member(context, "Ben", "open");
        recorded.events.clear();
    }

    // --- suggestions and votes

    @Test
    void a_member_suggests_a_topic_and_members_vote_once_each() {
        var topic = topics.suggest(ann, meeting, "  Being kept informed after reporting  ");

        topics.vote(ann, topic);
        topics.vote(ben, topic);

        var seen = topics.forMember(ben, meeting).orElseThrow();
        assertThat(seen.open()).isTrue();
        assertThat(seen.topics()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Being kept informed after reporting");
            assertThat(t.votes()).isEqualTo(2);
            assertThat(t.myVote()).isTrue();
        });
    }

    @Test
    void voting_twice_is_refused_and_counts_once() {
        var topic = topics.suggest(ann, meeting, "Court updates");
        topics.vote(ben, topic);

        var refused = catchThrowableOfType(AgendaRefused.class, () -> topics.vote(ben, topic));

        assertThat(refused.messageKey()).isEqualTo("agenda.error.alreadyVoted");
        assertThat(votesFor(topic)).isEqualTo(1);
    }

    @Test
    void the_primary_key_refuses_a_second_vote_even_past_the_check() {
        var topic = topics.suggest(ann, meeting, "Court updates");
        topics.vote(ben, topic);

        assertThatThrownBy(() -> jdbc.update("INSERT INTO meeting_topic_vote (topic_id, participant_id, voted_at)"
                + " VALUES (?, ?, CURRENT_TIMESTAMP)", topic.toString(), ben.toString()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(votesFor(topic)).isEqualTo(1);
    }

    @Test
    void a_vote_can_be_taken_back_and_given_again() {
        var topic = topics.suggest(ann, meeting, "Court updates");
        topics.vote(ben, topic);

        assertThat(topics.takeBackVote(ben, topic)).isTrue();
        assertThat(topics.takeBackVote(ben, topic)).isFalse();
        assertThat(votesFor(topic)).isZero();
        topics.vote(ben, topic);
        assertThat(votesFor(topic)).isEqualTo(1);
    }

    @Test
    void suggestions_most_voted_first_and_never_say_who_suggested_them() {
        var first = topics.suggest(ann, meeting, "Victim Support at court");
        var second = topics.suggest(ben, meeting, "Letters from the police");
        topics.vote(ann, second);

        assertThat(topics.forMember(ann, meeting).orElseThrow().topics()).extracting(MemberTopic::id)
                .containsExactly(second, first);
        var columns = jdbc.queryForList("SELECT * FROM meeting_topic WHERE id = ?", first.toString()).getFirst();
        assertThat(columns.keySet()).map(String::toLowerCase)
                .containsExactlyInAnyOrder("id", "meeting_id", "topic_text", "suggested_on");
        assertThat(columns.values()).map(String::valueOf).noneMatch(v -> v.contains(ann.toString()));
    }

    @Test
    void a_suggestion_of_5000_characters_is_refused_and_nothing_is_saved() {
        var refused = catchThrowableOfType(AgendaRefused.class, () -> topics.suggest(ann, meeting, "a".repeat(5000)));

        assertThat(refused.messageKey()).isEqualTo("agenda.error.topicTooLong");
        assertThat(refused.arguments()).containsExactly(1000);
        assertThat(topicCount()).isZero();
    }

    @Test
    void a_thousand_code_points_fit_even_when_each_takes_two_java_chars() {
        var emoji = "\uD83D\uDE00".repeat(1000);

        topics.suggest(ann, meeting, emoji);

        assertThat(topics.forMember(ann, meeting).orElseThrow().topics().getFirst().text()).isEqualTo(emoji);
        assertThat(catchThrowableOfType(AgendaRefused.class, () -> topics.suggest(ann, meeting, emoji + "x"))
                .messageKey()).isEqualTo("agenda.error.topicTooLong");
    }

    @Test
    void a_suggestion_with_markup_or_nothing_in_it_is_refused() {
        assertThat(catchThrowableOfType(AgendaRefused.class,
                () -> topics.suggest(ann, meeting, "Hello <script>alert(1)</script>")).messageKey())
                .isEqualTo("agenda.error.topicMarkup");
        assertThat(catchThrowableOfType(AgendaRefused.class, () -> topics.suggest(ann, meeting, "<b>bold</b>"))
                .messageKey()).isEqualTo("agenda.error.topicMarkup");
        assertThat(catchThrowableOfType(AgendaRefused.class, () -> topics.suggest(ann, meeting, "   ")).messageKey())
                .isEqualTo("agenda.error.topicEmpty");
        assertThat(topicCount()).isZero();

        topics.suggest(ann, meeting, "Waiting times < 2 weeks, and 5 > 3");
        assertThat(topicCount()).isEqualTo(1);
    }

    @Test
    void no_suggestion_or_vote_once_the_meeting_has_started_or_is_cancelled() {
        var topic = topics.suggest(ann, meeting, "Court updates");
        clock.set(MEETING);

        assertThat(catchThrowableOfType(AgendaRefused.class, () -> topics.suggest(ann, meeting, "Late")).messageKey())
                .isEqualTo("agenda.error.closed");
        assertThat(catchThrowableOfType(AgendaRefused.class, () -> topics.vote(ben, topic)).messageKey())
                .isEqualTo("agenda.error.closed");
        assertThat(topics.forMember(ann, meeting).orElseThrow().open()).isFalse();

        clock.set(NOW);
        TestMeetings.cancel(context, meeting);
        assertThat(catchThrowableOfType(AgendaRefused.class, () -> topics.suggest(ann, meeting, "Again")).messageKey())
                .isEqualTo("agenda.error.closed");
        assertThat(topicCount()).isEqualTo(1);
        assertThat(votesFor(topic)).isZero();
    }

    @Test
    void someone_outside_the_forum_finds_nothing_and_can_do_nothing() {
        var outsider = TestMembers.member(context, "Cal", "lgbtq");
        var topic = topics.suggest(ann, meeting, "Court updates");

        assertThat(topics.forMember(outsider, meeting)).isEmpty();
        assertThat(topics.forMember(outsider, UUID.randomUUID())).isEmpty();
        assertThat(catchThrowableOfType(AgendaRefused.class, () -> topics.suggest(outsider, meeting, "Mine"))
                .messageKey()).isEqualTo("agenda.error.notFound");
        assertThat(catchThrowableOfType(AgendaRefused.class, () -> topics.vote(outsider, topic)).messageKey())
                .isEqualTo("agenda.error.notFound");
        assertThat(topicCount()).isEqualTo(1);
        assertThat(votesFor(topic)).isZero();
    }

    // --- building and publishing the agenda

    @Test
    void a_coordinator_builds_the_agenda_from_suggestions_and_their_own_items_and_orders_it() {
        var popular = topics.suggest(ann, meeting, "Court updates");
        var quiet = topics.suggest(ben, meeting, "Police letters");
        topics.vote(ann, popular);
        topics.vote(ben, popular);
        topics.vote(ben, quiet);
        topics.vote(ann, quiet);
        topics.takeBackVote(ann, quiet);

        var board = agendas.board(COORDINATOR, meeting);
        assertThat(board.suggestions()).extracting(SuggestedTopic::text, SuggestedTopic::votes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Court updates", 2L),
                        org.assertj.core.groups.Tuple.tuple("Police letters", 1L));

        agendas.addItem(COORDINATOR, meeting, "Welcome and introductions");
        agendas.addSuggestion(COORDINATOR, meeting, popular);
        var close = agendas.addItem(COORDINATOR, meeting, "Any other business");
        var letters = agendas.addSuggestion(COORDINATOR, meeting, quiet);
        agendas.moveUp(COORDINATOR, meeting, letters);
        agendas.moveDown(COORDINATOR, meeting, letters);
        agendas.moveUp(COORDINATOR, meeting, letters);
        agendas.moveDown(COORDINATOR, meeting, close);
        agendas.moveDown(COORDINATOR, meeting, close);

        board = agendas.board(COORDINATOR, meeting);
        assertThat(board.items()).extracting(AgendaEntry::text).containsExactly("Welcome and introductions",
                "Court updates", "Police letters", "Any other business");
        assertThat(board.items()).extracting(AgendaEntry::fromMembers).containsExactly(false, true, true, false);
        assertThat(board.suggestions()).allMatch(SuggestedTopic::onAgenda);

        agendas.remove(COORDINATOR, meeting, letters);
        assertThat(agendas.board(COORDINATOR, meeting).items()).extracting(AgendaEntry::text)
                .containsExactly("Welcome and introductions", "Court updates", "Any other business");
        assertThat(catchThrowableOfType(AgendaRefused.class, () -> agendas.addSuggestion(COORDINATOR, meeting, popular))
                .messageKey()).isEqualTo("agenda.error.alreadyOnAgenda");
    }

    @Test
    void bad_agenda_items_are_refused_and_change_nothing() {
        assertThat(catchThrowableOfType(AgendaRefused.class, () -> agendas.addItem(COORDINATOR, meeting, " "))
                .messageKey()).isEqualTo("agenda.error.itemEmpty");
        assertThat(catchThrowableOfType(AgendaRefused.class,
                () -> agendas.addItem(COORDINATOR, meeting, "x".repeat(1001))).messageKey())
                .isEqualTo("agenda.error.itemTooLong");
        assertThat(catchThrowableOfType(AgendaRefused.class,
                () -> agendas.addItem(COORDINATOR, meeting, "<script>x</script>")).messageKey())
                .isEqualTo("agenda.error.itemMarkup");
        assertThat(agendas.board(COORDINATOR, meeting).items()).isEmpty();
    }

    @Test
    void the_agenda_is_seen_by_members_from_the_publish_moment_on() {
        agendas.addItem(COORDINATOR, meeting, "Welcome");

        var at = agendas.publish(COORDINATOR, meeting, 7);

        assertThat(at).isEqualTo(MEETING.minus(Duration.ofDays(7)));
        assertThat(topics.forMember(ann, meeting).orElseThrow().agendaPublished()).isFalse();
        assertThat(topics.forMember(ann, meeting).orElseThrow().agenda()).isEmpty();
        assertThat(agendas.board(COORDINATOR, meeting).visibleNow()).isFalse();

        clock.set(at.minusMillis(1));
        assertThat(topics.forMember(ann, meeting).orElseThrow().agenda()).isEmpty();
        clock.set(at);
        var seen = topics.forMember(ann, meeting).orElseThrow();
        assertThat(seen.agendaPublished()).isTrue();
        assertThat(seen.agenda()).extracting(AgendaEntry::text).containsExactly("Welcome");
        assertThat(agendas.board(COORDINATOR, meeting).publishDaysBefore()).isEqualTo(7);
    }

    @Test
    void days_before_count_in_london_days_across_the_clock_change() {
        // 18:00 BST on 1 April 2031; 7 London days before is 18:00 GMT on 25 March, not 7 x 24 hours.
        var afterChange = TestMeetings.create(context, "open", Instant.parse("2031-04-01T17:00:00Z"));
        agendas.addItem(COORDINATOR, afterChange, "Welcome");

        assertThat(agendas.publish(COORDINATOR, afterChange, 7)).isEqualTo(Instant.parse("2031-03-25T18:00:00Z"));
    }

    @Test
    void publishing_now_shows_it_at_once_and_it_can_be_hidden_again() {
        agendas.addItem(COORDINATOR, meeting, "Welcome");

        agendas.publishNow(COORDINATOR, meeting);
        assertThat(topics.forMember(ben, meeting).orElseThrow().agenda()).hasSize(1);

        agendas.unpublish(COORDINATOR, meeting);
        assertThat(topics.forMember(ben, meeting).orElseThrow().agendaPublished()).isFalse();
    }

    @Test
    void bad_publish_days_and_an_empty_agenda_are_refused() {
        assertThat(catchThrowableOfType(AgendaRefused.class, () -> agendas.publish(COORDINATOR, meeting, 7))
                .messageKey()).isEqualTo("agenda.error.empty");
        agendas.addItem(COORDINATOR, meeting, "Welcome");
        assertThat(catchThrowableOfType(AgendaRefused.class, () -> agendas.publish(COORDINATOR, meeting, -1))
                .messageKey()).isEqualTo("agenda.error.days");
        assertThat(catchThrowableOfType(AgendaRefused.class, () -> agendas.publish(COORDINATOR, meeting, 91))
                .messageKey()).isEqualTo("agenda.error.days");
        assertThat(agendas.board(COORDINATOR, meeting).publishAt()).isNull();
    }

    @Test
    void a_coordinator_of_another_forum_is_refused_everything() {
        var topic = topics.suggest(ann, meeting, "Court updates");
        var item = agendas.addItem(COORDINATOR, meeting, "Welcome");
        var nobody = new ForumManager("coordinator-of-nothing", false);

        for (var manager : List.of(OTHER_COORDINATOR, nobody)) {
            assertThatThrownBy(() -> agendas.board(manager, meeting)).isInstanceOf(ForumAccessRefused.class);
            assertThatThrownBy(() -> agendas.addItem(manager, meeting, "Mine")).isInstanceOf(ForumAccessRefused.class);
            assertThatThrownBy(() -> agendas.addSuggestion(manager, meeting, topic))
                    .isInstanceOf(ForumAccessRefused.class);
            assertThatThrownBy(() -> agendas.moveDown(manager, meeting, item)).isInstanceOf(ForumAccessRefused.class);
            assertThatThrownBy(() -> agendas.remove(manager, meeting, item)).isInstanceOf(ForumAccessRefused.class);
            assertThatThrownBy(() -> agendas.publishNow(manager, meeting)).isInstanceOf(ForumAccessRefused.class);
            assertThatThrownBy(() -> attendance.sheet(manager, meeting)).isInstanceOf(ForumAccessRefused.class);
            clock.set(MEETING);
            assertThatThrownBy(() -> attendance.record(manager, meeting, Map.of(ann, AttendanceStatus.ATTENDED)))
                    .isInstanceOf(ForumAccessRefused.class);
            clock.set(NOW);
        }
        assertThat(agendas.board(COORDINATOR, meeting).items()).hasSize(1);
        assertThat(agendas.board(new ForumManager("admin-ada", true), meeting).publishAt()).isNull();
        assertThat(recorded.events).isEmpty();
    }

    // --- attendance

    @Test
    void recording_attendance_publishes_one_event_per_mark_set_or_changed() {
        clock.set(MEETING.plus(Duration.ofMinutes(30)));

        var changed = attendance.record(COORDINATOR, meeting,
                Map.of(ann, AttendanceStatus.ATTENDED, ben, AttendanceStatus.SENT_APOLOGIES));

        assertThat(changed).isEqualTo(2);
        assertThat(recorded.events).hasSize(2).allSatisfy(e -> {
            assertThat(e.meetingId()).isEqualTo(meeting);
            assertThat(e.forumCode()).isEqualTo("open");
            assertThat(e.recordedBy()).isEqualTo("coordinator-cat");
            assertThat(e.recordedAt()).isEqualTo(MEETING.plus(Duration.ofMinutes(30)));
            assertThat(e.firstMark()).isTrue();
        });
        assertThat(recorded.events).extracting(AttendanceRecorded::participantId, AttendanceRecorded::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ann, AttendanceStatus.ATTENDED),
                        org.assertj.core.groups.Tuple.tuple(ben, AttendanceStatus.SENT_APOLOGIES));
        assertThat(attendance.sheet(COORDINATOR, meeting).lines()).extracting(AttendanceLine::chosenName,
                AttendanceLine::status).contains(org.assertj.core.groups.Tuple.tuple("Ann", AttendanceStatus.ATTENDED),
                        org.assertj.core.groups.Tuple.tuple("Ben", AttendanceStatus.SENT_APOLOGIES));
    }

    @Test
    void an_unchanged_mark_publishes_nothing_and_a_changed_one_says_what_it_was() {
        clock.set(MEETING.plus(Duration.ofMinutes(30)));
        attendance.record(COORDINATOR, meeting, Map.of(ann, AttendanceStatus.ABSENT));
        recorded.events.clear();

        assertThat(attendance.record(COORDINATOR, meeting, Map.of(ann, AttendanceStatus.ABSENT))).isZero();
        assertThat(recorded.events).isEmpty();

        clock.set(MEETING.plus(Duration.ofDays(2)));
        assertThat(attendance.record(COORDINATOR, meeting, Map.of(ann, AttendanceStatus.ATTENDED))).isEqualTo(1);
        assertThat(recorded.events).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(AttendanceStatus.ATTENDED);
            assertThat(e.previous()).isEqualTo(AttendanceStatus.ABSENT);
            assertThat(e.firstMark()).isFalse();
        });
    }

    @Test
    void attendance_opens_an_hour_before_the_start_and_never_for_a_cancelled_meeting() {
        clock.set(MEETING.minus(Duration.ofHours(1)).minusSeconds(1));
        assertThat(attendance.sheet(COORDINATOR, meeting).open()).isFalse();
        assertThat(catchThrowableOfType(AttendanceRefused.class,
                () -> attendance.record(COORDINATOR, meeting, Map.of(ann, AttendanceStatus.ATTENDED))).messageKey())
                .isEqualTo("attendance.error.notYet");

        clock.set(MEETING.minus(Duration.ofHours(1)));
        assertThat(attendance.record(COORDINATOR, meeting, Map.of(ann, AttendanceStatus.ATTENDED))).isEqualTo(1);

        TestMeetings.cancel(context, meeting);
        assertThat(catchThrowableOfType(AttendanceRefused.class,
                () -> attendance.record(COORDINATOR, meeting, Map.of(ben, AttendanceStatus.ABSENT))).messageKey())
                .isEqualTo("attendance.error.cancelled");
        assertThat(recorded.events).hasSize(1);
    }

    @Test
    void someone_not_in_the_forum_cannot_be_marked_and_nothing_of_the_batch_is_kept() {
        clock.set(MEETING);
        var outsider = TestMembers.member(context, "Cal", "lgbtq");

        assertThat(catchThrowableOfType(AttendanceRefused.class, () -> attendance.record(COORDINATOR, meeting,
                Map.of(ann, AttendanceStatus.ATTENDED, outsider, AttendanceStatus.ATTENDED))).messageKey())
                .isEqualTo("attendance.error.notMember");
        assertThat(attendance.sheet(COORDINATOR, meeting).lines()).extracting(AttendanceLine::status)
                .containsOnlyNulls();
        assertThat(recorded.events).isEmpty();
    }

    @Test
    void two_votes_for_the_same_topic_at_once_count_once() throws Exception {
        var topic = topics.suggest(ann, meeting, "Court updates");

        var outcomes = atOnce(() -> topics.vote(ben, topic), () -> topics.vote(ben, topic));

        assertThat(outcomes).containsExactlyInAnyOrder("done", "agenda.error.alreadyVoted");
        assertThat(votesFor(topic)).isEqualTo(1);
    }

    @Test
    void two_coordinators_changing_the_same_mark_at_once_publish_one_event() throws Exception {
        clock.set(MEETING);
        attendance.record(COORDINATOR, meeting, Map.of(ann, AttendanceStatus.ABSENT));
        recorded.events.clear();
        var admin = new ForumManager("admin-ada", true);

        var outcomes = atOnce(() -> attendance.record(COORDINATOR, meeting, Map.of(ann, AttendanceStatus.ATTENDED)),
                () -> attendance.record(admin, meeting, Map.of(ann, AttendanceStatus.ATTENDED)));

        assertThat(outcomes).containsExactly("done", "done");
        assertThat(recorded.events).singleElement().extracting(AttendanceRecorded::previous)
                .isEqualTo(AttendanceStatus.ABSENT);
    }

    /** Runs both at the same moment; each outcome is "done" or the refusal's message key. */
    private static List<String> atOnce(Runnable first, Runnable second) throws Exception {
        var start = new java.util.concurrent.CyclicBarrier(2);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var futures = List.of(first, second).stream().map(task -> pool.submit(() -> {
                start.await();
                try {
                    task.run();
                    return "done";
                } catch (AgendaRefused refused) {
                    return refused.messageKey();
                } catch (AttendanceRefused refused) {
                    return refused.messageKey();
                }
            })).toList();
            var outcomes = new java.util.ArrayList<String>();
            for (var future : futures) {
                outcomes.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private long votesFor(UUID topic) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM meeting_topic_vote WHERE topic_id = ?", Long.class,
                topic.toString());
    }

    private long topicCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM meeting_topic WHERE meeting_id = ?", Long.class,
                meeting.toString());
    }
}
