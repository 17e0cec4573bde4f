package london.victimvoice.portal.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.AccessNeed;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.support.MutableClock;

/**
 * Adjustment and support requests, the SUPPORT queue, notes and the access audit, on every
 * database we run on; subclasses pick the database.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(AssistanceRequestsContract.Config.class)
abstract class AssistanceRequestsContract {

    static final Instant NOW = Instant.parse("2031-05-06T09:15:00.654321Z");
    static final Instant NEXT_WEEK = Instant.parse("2031-05-13T17:00:00Z");

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    AssistanceRequests requests;

    @Autowired
    SignUps signUps;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    AssistanceFixtures fixtures;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        fixtures = new AssistanceFixtures(signUps, jdbc);
    }

    @Test
    void a_member_asks_for_adjustments_and_sees_the_request_new_with_its_meeting() {
        var member = fixtures.member("Asha", Set.of(AccessNeed.HEARING_LOOP), "", "open");
        var meeting = fixtures.meeting("open", NEXT_WEEK);

        assertThat(requests.usualNeeds(member.id())).containsExactly(AccessNeed.HEARING_LOOP);
        var id = requests.askForAdjustments(member.id(), meeting,
                EnumSet.of(AccessNeed.HEARING_LOOP, AccessNeed.QUIET_ROOM), "  A seat near the door  ");

        assertThat(requests.ownRequests(member.id())).singleElement().satisfies(own -> {
            assertThat(own.id()).isEqualTo(id);
            assertThat(own.kind()).isEqualTo(AssistanceKind.ADJUSTMENTS);
            assertThat(own.status()).isEqualTo(AssistanceStatus.NEW);
            assertThat(own.meetingStartsAt()).isEqualTo(NEXT_WEEK);
            assertThat(own.meetingEndsAt()).isEqualTo(NEXT_WEEK.plus(Duration.ofHours(2)));
            assertThat(own.accessNeeds()).containsExactlyInAnyOrder(AccessNeed.HEARING_LOOP, AccessNeed.QUIET_ROOM);
            assertThat(own.askedAt()).isEqualTo(NOW.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        });
        assertThat(requests.open(id, "support-sam").details()).isEqualTo("A seat near the door");
    }

    @Test
    void a_member_asks_for_support_with_an_optional_note() {
        var member = fixtures.member("Bo", Set.of(), "", "lgbtq");
        var meeting = fixtures.meeting("lgbtq", NEXT_WEEK);

        var withoutNote = requests.askForSupport(member.id(), meeting, SupportTiming.AFTER, "  ");
        var withNote = requests.askForSupport(member.id(), meeting, SupportTiming.BEFORE, "Mornings are best");

        assertThat(requests.ownRequests(member.id())).extracting(OwnRequest::timing)
                .containsExactlyInAnyOrder(SupportTiming.AFTER, SupportTiming.BEFORE);
        assertThat(requests.open(withoutNote, "support-sam").details()).isEmpty();
        assertThat(requests.open(withNote, "support-sam").details()).isEqualTo("Mornings are best");
        assertThat(jdbc.queryForObject("SELECT details FROM assistance_request WHERE id = ?", byte[].class,
                withoutNote.toString())).as("nothing stored for no words").isNull();
    }

    @Test
    void what_people_and_staff_write_is_sealed_at_rest() {
        var member = fixtures.member("Cy", Set.of(), "", "open");
        var id = requests.askForAdjustments(member.id(), fixtures.meeting("open", NEXT_WEEK), Set.of(),
                "I use a wheelchair and need the lift");
        requests.addNote(id, "support-sam", "Called the venue about the lift");

        var details = jdbc.queryForObject("SELECT details FROM assistance_request WHERE id = ?", byte[].class,
                id.toString());
        var note = jdbc.queryForObject("SELECT body FROM assistance_note WHERE request_id = ?", byte[].class,
                id.toString());

        assertThat(details).isNotNull();
        assertThat(new String(details, StandardCharsets.ISO_8859_1)).doesNotContain("wheelchair", "lift");
        assertThat(new String(details, StandardCharsets.UTF_8)).doesNotContain("wheelchair");
        assertThat(note).isNotNull();
        assertThat(new String(note, StandardCharsets.ISO_8859_1)).doesNotContain("venue", "lift");
        assertThat(requests.open(id, "support-sam").notes()).singleElement()
                .extracting(StaffNote::text).isEqualTo("Called the venue about the lift");
    }

    @Test
    void the_queue_lists_by_status_oldest_first_with_no_personal_details() {
        var member = fixtures.member("Dev", Set.of(), "", "disabilities");
        var meeting = fixtures.meeting("disabilities", NEXT_WEEK);
        clock.set(NOW.plusSeconds(10));
        var second = requests.askForSupport(member.id(), meeting, SupportTiming.EITHER, "");
        clock.set(NOW.minusSeconds(10));
        var first = requests.askForAdjustments(member.id(), meeting, Set.of(AccessNeed.LARGE_PRINT), "");
        clock.set(NOW.plusSeconds(20));
        var done = requests.askForSupport(member.id(), meeting, SupportTiming.BEFORE, "");
        requests.changeStatus(done, requests.open(done, "support-sam").version(), AssistanceStatus.DONE, "support-sam");

        var newOnes = mine(AssistanceStatus.NEW, Set.of(first, second, done));
        var all = mine(null, Set.of(first, second, done));

        assertThat(newOnes).extracting(QueuedRequest::id).containsExactly(first, second);
        assertThat(newOnes.getFirst().kind()).isEqualTo(AssistanceKind.ADJUSTMENTS);
        assertThat(newOnes.getFirst().forumCode()).isEqualTo("disabilities");
        assertThat(newOnes.getFirst().meetingStartsAt()).isEqualTo(NEXT_WEEK);
        assertThat(mine(AssistanceStatus.DONE, Set.of(first, second, done))).extracting(QueuedRequest::id)
                .containsExactly(done);
        assertThat(all).extracting(QueuedRequest::id).containsExactly(first, second, done);
        assertThat(QueuedRequest.class.getRecordComponents()).extracting(c -> c.getName())
                .as("no name, contact or words in the list").containsExactly("id", "kind", "forumCode",
                        "meetingStartsAt", "status", "askedAt");
    }

    @Test
    void the_queue_pages_say_when_there_is_more() {
        var member = fixtures.member("Eve", Set.of(), "", "open");
        var meeting = fixtures.meeting("open", NEXT_WEEK);
        requests.askForSupport(member.id(), meeting, SupportTiming.EITHER, "");
        requests.askForSupport(member.id(), meeting, SupportTiming.EITHER, "");

        assertThat(requests.queue(AssistanceStatus.NEW, 0, 1).requests()).hasSize(1);
        assertThat(requests.queue(AssistanceStatus.NEW, 0, 1).more()).isTrue();
    }

    @Test
    void staff_move_a_request_on_and_back_and_the_member_sees_it_in_plain_status() {
        var member = fixtures.member("Fin", Set.of(), "", "open");
        var id = requests.askForSupport(member.id(), fixtures.meeting("open", NEXT_WEEK), SupportTiming.AFTER, "");
        var opened = requests.open(id, "support-sam");

        var inProgress = requests.changeStatus(id, opened.version(), AssistanceStatus.IN_PROGRESS, "support-sam");
        assertThat(requests.ownRequests(member.id()).getFirst().status()).isEqualTo(AssistanceStatus.IN_PROGRESS);
        var done = requests.changeStatus(id, inProgress.version(), AssistanceStatus.DONE, "support-sam");
        var back = requests.changeStatus(id, done.version(), AssistanceStatus.IN_PROGRESS, "support-sam");

        assertThat(back.status()).isEqualTo(AssistanceStatus.IN_PROGRESS);
        assertThat(requests.ownRequests(member.id()).getFirst().status()).isEqualTo(AssistanceStatus.IN_PROGRESS);
        refused(() -> requests.changeStatus(id, back.version(), null, "support-sam"), AssistanceRefused.STATUS_MISSING);
        refused(() -> requests.changeStatus(UUID.randomUUID(), 0, AssistanceStatus.DONE, "support-sam"),
                AssistanceRefused.UNKNOWN_REQUEST);
    }

    @Test
    void a_change_from_a_stale_page_is_refused_and_changes_nothing() {
        var member = fixtures.member("Gus", Set.of(), "", "open");
        var id = requests.askForSupport(member.id(), fixtures.meeting("open", NEXT_WEEK), SupportTiming.AFTER, "");
        var seenBySam = requests.open(id, "support-sam");
        var seenByKay = requests.open(id, "support-kay");

        requests.changeStatus(id, seenBySam.version(), AssistanceStatus.IN_PROGRESS, "support-sam");

        refused(() -> requests.changeStatus(id, seenByKay.version(), AssistanceStatus.DONE, "support-kay"),
                AssistanceRefused.CHANGED_MEANWHILE);
        assertThat(requests.open(id, "support-sam").status()).isEqualTo(AssistanceStatus.IN_PROGRESS);
    }

    @Test
    void two_workers_changing_one_request_at_once_exactly_one_wins() throws Exception {
        var member = fixtures.member("Hal", Set.of(), "", "open");
        var id = requests.askForSupport(member.id(), fixtures.meeting("open", NEXT_WEEK), SupportTiming.AFTER, "");
        var version = requests.open(id, "support-sam").version();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var results = new ArrayList<java.util.concurrent.Future<String>>();
            for (var target : List.of(AssistanceStatus.IN_PROGRESS, AssistanceStatus.DONE)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        requests.changeStatus(id, version, target, "worker-" + target);
                        return "changed";
                    } catch (AssistanceRefused refused) {
                        return refused.messageKey();
                    }
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<String>();
            for (var result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("changed", AssistanceRefused.CHANGED_MEANWHILE);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT version FROM assistance_request WHERE id = ?", Integer.class,
                id.toString())).isEqualTo(version + 1);
    }

    @Test
    void opening_a_request_writes_an_audit_line_and_shows_how_to_contact_them_safely() {
        var member = fixtures.member("Ida", Set.of(), "Ask for Ida's cousin", "open");
        var id = requests.askForSupport(member.id(), fixtures.meeting("open", NEXT_WEEK), SupportTiming.AFTER, "");
        var before = fixtures.auditLines(member.id(), "support-sam");

        var details = requests.open(id, "support-sam");

        assertThat(fixtures.auditLines(member.id(), "support-sam")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT accessed_at FROM staff_access_audit WHERE participant_id = ?"
                + " AND staff_username = 'support-sam' ORDER BY accessed_at DESC LIMIT 1", java.sql.Timestamp.class,
                member.id().toString())).isNotNull();
        var contact = details.contact();
        assertThat(contact).isNotNull();
        assertThat(contact.chosenName()).isEqualTo("Ida");
        assertThat(contact.safeChannels()).containsExactly(ChannelType.SMS);
        assertThat(contact.mobile()).isEqualTo(member.phone());
        assertThat(contact.email()).as("email is not a safe channel for them").isNull();
        assertThat(contact.safeNote()).isEqualTo("Ask for Ida's cousin");
        assertThat(contact.discreetMessages()).isTrue();
        assertThat(contact.safeDays()).hasSize(2);
    }

    @Test
    void an_unknown_request_is_refused_and_audits_nothing() {
        refused(() -> requests.open(UUID.randomUUID(), "support-sam"), AssistanceRefused.UNKNOWN_REQUEST);
    }

    @Test
    void a_meeting_of_another_forum_is_refused_like_one_that_does_not_exist() {
        var member = fixtures.member("Jo", Set.of(), "", "open");
        var elsewhere = fixtures.meeting("women-and-girls", NEXT_WEEK);

        refused(() -> requests.meetingFor(member.id(), elsewhere), AssistanceRefused.MEETING_NOT_FOUND);
        refused(() -> requests.askForAdjustments(member.id(), elsewhere, Set.of(AccessNeed.LARGE_PRINT), ""),
                AssistanceRefused.MEETING_NOT_FOUND);
        refused(() -> requests.askForSupport(member.id(), elsewhere, SupportTiming.AFTER, ""),
                AssistanceRefused.MEETING_NOT_FOUND);
        refused(() -> requests.askForSupport(member.id(), UUID.randomUUID(), SupportTiming.AFTER, ""),
                AssistanceRefused.MEETING_NOT_FOUND);
        assertThat(fixtures.requestsOf(member.id())).isZero();
    }

    @Test
    void a_cancelled_or_started_meeting_is_refused_and_nothing_is_saved() {
        var member = fixtures.member("Kit", Set.of(), "", "open");
        var cancelled = fixtures.meeting("open", NEXT_WEEK);
        fixtures.cancel(cancelled);
        var started = fixtures.meeting("open", NOW.minus(Duration.ofMinutes(30)));
        var startsNow = fixtures.meeting("open", NOW);

        refused(() -> requests.askForAdjustments(member.id(), cancelled, Set.of(AccessNeed.LARGE_PRINT), ""),
                AssistanceRefused.MEETING_CANCELLED);
        refused(() -> requests.askForSupport(member.id(), cancelled, SupportTiming.AFTER, ""),
                AssistanceRefused.MEETING_CANCELLED);
        refused(() -> requests.askForAdjustments(member.id(), started, Set.of(AccessNeed.LARGE_PRINT), ""),
                AssistanceRefused.MEETING_STARTED);
        refused(() -> requests.askForSupport(member.id(), startsNow, SupportTiming.AFTER, ""),
                AssistanceRefused.MEETING_STARTED);
        assertThat(fixtures.requestsOf(member.id())).isZero();
    }

    @Test
    void bad_words_are_refused_and_nothing_is_saved() {
        var member = fixtures.member("Lee", Set.of(), "", "open");
        var meeting = fixtures.meeting("open", NEXT_WEEK);
        var tooLong = "a".repeat(AssistanceRequests.DETAILS_MAX_LENGTH + 1);
        // 500 emoji are 1,000 UTF-16 units but 500 characters as people count them: allowed.
        var emoji = "\uD83D\uDE00".repeat(AssistanceRequests.DETAILS_MAX_LENGTH);

        refused(() -> requests.askForAdjustments(member.id(), meeting, Set.of(), tooLong),
                AssistanceRefused.DETAILS_TOO_LONG);
        refused(() -> requests.askForAdjustments(member.id(), meeting, Set.of(), "Hi <script>alert(1)</script>"),
                AssistanceRefused.DETAILS_MARKUP);
        refused(() -> requests.askForAdjustments(member.id(), meeting, Set.of(), "<b>bold</b>"),
                AssistanceRefused.DETAILS_MARKUP);
        refused(() -> requests.askForAdjustments(member.id(), meeting, Set.of(), "   "),
                AssistanceRefused.NOTHING_ASKED);
        refused(() -> requests.askForAdjustments(member.id(), meeting, Set.of(AccessNeed.OTHER), ""),
                AssistanceRefused.OTHER_MISSING);
        refused(() -> requests.askForSupport(member.id(), meeting, null, "note"), AssistanceRefused.TIMING_MISSING);
        refused(() -> requests.askForSupport(member.id(), meeting, SupportTiming.AFTER, tooLong + " "),
                AssistanceRefused.DETAILS_TOO_LONG);
        refused(() -> requests.askForSupport(member.id(), meeting, SupportTiming.AFTER, "<img src=x onerror=alert(1)>"),
                AssistanceRefused.DETAILS_MARKUP);
        assertThat(fixtures.requestsOf(member.id())).isZero();

        requests.askForAdjustments(member.id(), meeting, Set.of(), emoji);
        requests.askForSupport(member.id(), meeting, SupportTiming.AFTER, "I <3 this group, and 2 < 3");
        assertThat(fixtures.requestsOf(member.id())).isEqualTo(2);
    }

    @Test
    void bad_notes_are_refused_and_nothing_is_saved() {
        var member = fixtures.member("Max", Set.of(), "", "open");
        var id = requests.askForSupport(member.id(), fixtures.meeting("open", NEXT_WEEK), SupportTiming.AFTER, "");

        refused(() -> requests.addNote(id, "support-sam", " "), AssistanceRefused.NOTE_MISSING);
        refused(() -> requests.addNote(id, "support-sam", "n".repeat(AssistanceRequests.NOTE_MAX_LENGTH + 1)),
                AssistanceRefused.NOTE_TOO_LONG);
        refused(() -> requests.addNote(id, "support-sam", "<script>x</script>"), AssistanceRefused.NOTE_MARKUP);
        refused(() -> requests.addNote(UUID.randomUUID(), "support-sam", "fine"), AssistanceRefused.UNKNOWN_REQUEST);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assistance_note WHERE request_id = ?", Integer.class,
                id.toString())).isZero();
        var added = requests.addNote(id, "support-sam", "n".repeat(AssistanceRequests.NOTE_MAX_LENGTH));
        assertThat(added.notes()).singleElement().satisfies(n -> {
            assertThat(n.writtenBy()).isEqualTo("support-sam");
            assertThat(n.writtenAt()).isEqualTo(NOW.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        });
    }

    @Test
    void the_member_never_sees_staff_notes() {
        var member = fixtures.member("Ned", Set.of(), "", "open");
        var id = requests.askForSupport(member.id(), fixtures.meeting("open", NEXT_WEEK), SupportTiming.AFTER, "");
        requests.addNote(id, "support-sam", "Sounded very low on the phone");

        assertThat(requests.ownRequests(member.id()).toString()).doesNotContain("low on the phone", "support-sam");
        assertThat(OwnRequest.class.getRecordComponents()).extracting(c -> c.getName()).doesNotContain("notes");
    }

    private List<QueuedRequest> mine(AssistanceStatus status, Set<UUID> ids) {
        return requests.queue(status, 0, 1000).requests().stream().filter(r -> ids.contains(r.id())).toList();
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(AssistanceRefused.class)
                .extracting(e -> ((AssistanceRefused) e).messageKey()).isEqualTo(key);
    }
}
