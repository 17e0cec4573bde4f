package london.victimvoice.portal.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

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

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.messaging.devoutbox.DevOutboxEntry;
import london.victimvoice.portal.support.MutableClock;

/** Deciding on sign-ups on every database we run on; subclasses pick the database. */
@SpringBootTest
@ActiveProfiles("test")
@Import(ApprovalsContract.Config.class)
abstract class ApprovalsContract {

    static final Instant NOW = Instant.parse("2031-05-06T09:15:00.654321Z");
    private static final AtomicInteger people = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    Approvals approvals;

    @Autowired
    SignUps signUps;

    @Autowired
    ForumPlaces places;

    @Autowired
    DevOutbox outbox;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    String phone;

    @BeforeEach
    void startTheClock() {
        clock.set(NOW);
    }

    @AfterEach
    void reopenTheForums() {
        // As V2 seeds them: some tests here fill or close a forum.
        jdbc.update("UPDATE forum SET capacity = 12, accepting_members = TRUE");
    }

    UUID signUp(boolean discreet, String... forums) {
        return register(discreet, forums).participantId();
    }

    RegistrationReceipt register(boolean discreet, String... forums) {
        var n = people.incrementAndGet();
        phone = "+447700900" + String.format("%03d", n % 1000);
        var email = "approve" + n + "." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.org";
        return signUps.submit(new NewRegistration("Sam", null, phone, email, ChannelType.SMS, phone, null,
                "FOUND_IT_MYSELF", Set.of(forums),
                new ContactSafety(EnumSet.of(ChannelType.SMS), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), discreet, "", "", EnumSet.of(AccessNeed.HEARING_LOOP), ""),
                SignUpsContract.ANSWERS, 1, true));
    }

    @Test
    void the_queue_lists_pending_sign_ups_oldest_first_and_filters_by_forum() {
        clock.set(NOW.minusSeconds(3600));
        var older = signUp(true, "lgbtq");
        clock.set(NOW);
        var newer = signUp(true, "lgbtq", "open");

        var all = approvals.pending(null, 0, 10_000).stream().map(PendingRegistration::participantId).toList();
        assertThat(all).containsSubsequence(older, newer);
        var open = approvals.pending("open", 0, 10_000).stream().map(PendingRegistration::participantId).toList();
        assertThat(open).contains(newer).doesNotContain(older);
        var line = approvals.pending(null, 0, 10_000).stream().filter(p -> p.participantId().equals(newer))
                .findFirst().orElseThrow();
        assertThat(line.chosenName()).isEqualTo("Sam");
        assertThat(line.forums()).isEqualTo(Map.of("lgbtq", ForumRequestStatus.PENDING_APPROVAL,
                "open", ForumRequestStatus.PENDING_APPROVAL));
        assertThat(line.heardFrom()).isEqualTo("FOUND_IT_MYSELF");
        assertThat(line.accessNeeds()).containsExactly(AccessNeed.HEARING_LOOP);
    }

    @Test
    void opening_a_sign_up_writes_who_looked_and_when_to_the_audit() {
        var id = signUp(true, "open");

        var details = approvals.open(id, "approver-ann");

        assertThat(details.chosenName()).isEqualTo("Sam");
        var lines = jdbc.queryForList("SELECT staff_username, action FROM staff_access_audit WHERE participant_id = ?",
                id.toString());
        assertThat(lines).containsExactly(Map.of("staff_username", "approver-ann", "action", "VIEWED_REGISTRATION"));
        var at = jdbc.queryForObject("SELECT accessed_at FROM staff_access_audit WHERE participant_id = ?",
                java.sql.Timestamp.class, id.toString());
        assertThat(at.toInstant()).isEqualTo(NOW);
    }

    @Test
    void approving_records_who_and_when_and_sends_a_discreet_message() {
        var id = signUp(true, "open", "lgbtq");

        assertThat(approvals.approve(id, "approver-ann")).isTrue();

        assertThat(statuses(id)).containsOnly("APPROVED");
        assertThat(jdbc.queryForMap("SELECT outcome, decided_by, reason FROM registration_decision"
                + " WHERE participant_id = ?", id.toString()))
                .containsEntry("outcome", "APPROVED").containsEntry("decided_by", "approver-ann")
                .containsEntry("reason", null);
        assertThat(approvals.pending(null, 0, 10_000)).noneMatch(p -> p.participantId().equals(id));
        var body = messageTo(phone).body().toLowerCase(Locale.ROOT);
        assertThat(body).contains("accepted").doesNotContain("victim", "police", "crime", "forum");
    }

    @Test
    void declining_needs_a_reason_keeps_it_sealed_and_sends_a_discreet_message() {
        var id = signUp(true, "open");

        assertThat(approvals.decline(id, "approver-ann", "  Lives outside London  ")).isTrue();

        assertThat(statuses(id)).containsOnly("DECLINED");
        var reason = jdbc.queryForObject("SELECT reason FROM registration_decision WHERE participant_id = ?",
                byte[].class, id.toString());
        assertThat(new String(reason, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("London");
        var body = messageTo(phone).body().toLowerCase(Locale.ROOT);
        assertThat(body).doesNotContain("victim", "police", "crime", "forum", "london");
    }

    @Test
    void with_discreet_messages_off_the_message_may_name_the_forums() {
        var id = signUp(false, "open");

        approvals.approve(id, "approver-ann");

        assertThat(messageTo(phone).body()).contains("Victim Voice Forums");
    }

    @Test
    void declining_without_a_reason_or_with_a_long_one_is_refused_and_changes_nothing() {
        var id = signUp(true, "open");

        assertThatThrownBy(() -> approvals.decline(id, "approver-ann", "   "))
                .isInstanceOfSatisfying(ApprovalRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo(ApprovalRefused.REASON_MISSING));
        assertThatThrownBy(() -> approvals.decline(id, "approver-ann", "x".repeat(Approvals.REASON_MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(ApprovalRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo(ApprovalRefused.REASON_TOO_LONG));

        assertThat(statuses(id)).containsOnly("PENDING_APPROVAL");
        assertThat(decisionCount(id)).isZero();
        assertThat(approvals.decline(id, "approver-ann", "x".repeat(Approvals.REASON_MAX_LENGTH))).isTrue();
    }

    @Test
    void deciding_twice_is_refused_and_changes_nothing() {
        var id = signUp(true, "open");
        approvals.approve(id, "approver-ann");
        var messages = outbox.latest(10_000).size();

        assertThatThrownBy(() -> approvals.decline(id, "approver-bob", "Changed my mind"))
                .isInstanceOfSatisfying(ApprovalRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo(ApprovalRefused.ALREADY_DECIDED));
        assertThatThrownBy(() -> approvals.approve(id, "approver-bob")).isInstanceOf(ApprovalRefused.class);

        assertThat(statuses(id)).containsOnly("APPROVED");
        assertThat(decisionCount(id)).isOne();
        assertThat(outbox.latest(10_000)).hasSize(messages);
    }

    @Test
    void an_unknown_participant_is_refused() {
        var nobody = UUID.randomUUID();

        for (var attempt : new Runnable[] {() -> approvals.approve(nobody, "approver-ann"),
                () -> approvals.decline(nobody, "approver-ann", "No"), () -> approvals.open(nobody, "approver-ann")}) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(ApprovalRefused.class,
                    r -> assertThat(r.messageKey()).isEqualTo(ApprovalRefused.UNKNOWN));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_access_audit WHERE participant_id = ?",
                Integer.class, nobody.toString())).isZero();
    }

    @Test
    void places_taken_are_the_approved_requests_only() {
        var before = availability("disabilities").placesTaken();
        var approved = signUp(true, "disabilities");
        var declined = signUp(true, "disabilities");
        signUp(true, "disabilities");
        assertThat(availability("disabilities").placesTaken()).as("pending").isEqualTo(before);

        approvals.approve(approved, "approver-ann");
        approvals.decline(declined, "approver-ann", "Not in London");

        assertThat(availability("disabilities").placesTaken()).isEqualTo(before + 1).isEqualTo(approvedIn("disabilities"));
        assertThat(places.all()).extracting(ForumAvailability::code).containsExactly(
                "open", "black-communities", "women-and-girls", "disabilities", "lgbtq", "parents-guardians");
    }

    @Test
    void a_forum_is_full_when_its_approved_requests_reach_its_capacity() {
        placesLeft("black-communities", 1);
        var first = register(true, "black-communities");
        assertThat(first.waitingList()).isEmpty();
        assertThat(availability("black-communities").full()).isFalse();

        approvals.approve(first.participantId(), "approver-ann");

        assertThat(statusByForum(first.participantId())).containsEntry("black-communities", "APPROVED");
        var full = availability("black-communities");
        assertThat(full.full()).isTrue();
        assertThat(full.hasPlace()).isFalse();
        assertThat(places.waitingListOnly(Set.of("black-communities", "open"))).containsExactly("black-communities");
        assertThat(register(true, "black-communities", "open").waitingList()).containsExactly("black-communities");
    }

    @Test
    void approving_into_a_full_forum_gives_a_waiting_list_place_there_and_a_place_elsewhere() {
        placesLeft("women-and-girls", 0);
        var id = signUp(false, "women-and-girls", "open");

        assertThat(approvals.approve(id, "approver-ann")).isTrue();

        assertThat(statusByForum(id)).isEqualTo(Map.of("women-and-girls", "WAITING_LIST", "open", "APPROVED"));
        assertThat(jdbc.queryForObject("SELECT outcome FROM registration_decision WHERE participant_id = ?",
                String.class, id.toString())).isEqualTo("APPROVED");
        assertThat(approvals.pending(null, 0, 10_000)).noneMatch(p -> p.participantId().equals(id));
        assertThat(messageTo(phone).body()).contains("approved", "no places free just now in: Women and girls",
                "waiting list");
    }

    @Test
    void when_every_forum_asked_for_is_full_the_message_says_waiting_list_and_promises_no_meetings() {
        placesLeft("women-and-girls", 0);
        var id = signUp(false, "women-and-girls");

        approvals.approve(id, "approver-ann");

        assertThat(statusByForum(id)).isEqualTo(Map.of("women-and-girls", "WAITING_LIST"));
        assertThat(messageTo(phone).body()).contains("Women and girls", "waiting list")
                .doesNotContain("details of your forum meetings");
    }

    @Test
    void a_discreet_waiting_list_message_names_no_forum() {
        placesLeft("women-and-girls", 0);
        placesLeft("lgbtq", 0);
        var partly = signUp(true, "women-and-girls", "open");
        approvals.approve(partly, "approver-ann");
        var partlyBody = messageTo(phone).body();
        var wholly = signUp(true, "women-and-girls", "lgbtq");
        approvals.approve(wholly, "approver-ann");
        var whollyBody = messageTo(phone).body();

        assertThat(partlyBody).contains("accepted", "Some groups you chose have no space just now",
                "their waiting list");
        assertThat(whollyBody).contains("accepted", "waiting list");
        for (var body : List.of(partlyBody, whollyBody)) {
            assertThat(body.toLowerCase(Locale.ROOT))
                    .doesNotContain("victim", "police", "crime", "forum", "women", "lgbtq", "{");
        }
    }

    @Test
    void a_forum_not_taking_new_members_gives_waiting_list_places_though_it_has_room() {
        jdbc.update("UPDATE forum SET accepting_members = FALSE WHERE code = 'lgbtq'");
        var id = signUp(false, "lgbtq");

        approvals.approve(id, "approver-ann");

        assertThat(statusByForum(id)).isEqualTo(Map.of("lgbtq", "WAITING_LIST"));
        var closed = availability("lgbtq");
        assertThat(closed.full()).isFalse();
        assertThat(closed.hasPlace()).isFalse();
        assertThat(messageTo(phone).body()).contains("LGBTQ+", "waiting list");
    }

    @Test
    void two_approvals_at_once_never_overfill_a_forum() throws Exception {
        try (var threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                placesLeft("parents-guardians", 1);
                var capacity = approvedIn("parents-guardians") + 1;
                var pair = List.of(signUp(true, "parents-guardians"), signUp(true, "parents-guardians"));
                var ready = new CountDownLatch(2);
                var go = new CountDownLatch(1);
                var approving = new ArrayList<Future<Boolean>>();
                for (var id : pair) {
                    approving.add(threads.submit(() -> {
                        ready.countDown();
                        go.await();
                        return approvals.approve(id, "approver-" + id);
                    }));
                }
                ready.await();
                go.countDown();
                for (var approval : approving) {
                    assertThat(approval.get()).as("round %d: told", round).isTrue();
                }

                assertThat(pair.stream().map(id -> statusByForum(id).get("parents-guardians")))
                        .as("round %d", round).containsExactlyInAnyOrder("APPROVED", "WAITING_LIST");
                assertThat(approvedIn("parents-guardians")).as("round %d", round).isEqualTo(capacity);
            }
        }
    }

    private ForumAvailability availability(String forum) {
        return places.all().stream().filter(f -> f.code().equals(forum)).findFirst().orElseThrow();
    }

    /** Leaves this many places free: a coordinator's change of capacity, made here in SQL. */
    private void placesLeft(String forum, int free) {
        jdbc.update("UPDATE forum SET capacity = ? WHERE code = ?", approvedIn(forum) + free, forum);
    }

    private int approvedIn(String forum) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM forum_request WHERE forum_code = ? AND status = 'APPROVED'",
                Integer.class, forum);
    }

    private Map<String, String> statusByForum(UUID id) {
        var statuses = new java.util.HashMap<String, String>();
        jdbc.query("SELECT forum_code, status FROM forum_request WHERE participant_id = ?",
                (java.sql.ResultSet row) -> {
                    statuses.put(row.getString("forum_code"), row.getString("status"));
                }, id.toString());
        return statuses;
    }

    private java.util.List<String> statuses(UUID id) {
        return jdbc.queryForList("SELECT status FROM forum_request WHERE participant_id = ?", String.class,
                id.toString());
    }

    private int decisionCount(UUID id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM registration_decision WHERE participant_id = ?",
                Integer.class, id.toString());
    }

    private DevOutboxEntry messageTo(String recipient) {
        return outbox.latest(10_000).stream().filter(m -> m.recipient().equals(recipient)).findFirst().orElseThrow();
    }
}
