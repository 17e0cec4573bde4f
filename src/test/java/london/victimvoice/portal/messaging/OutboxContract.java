package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import london.victimvoice.portal.messaging.devoutbox.DevOutbox;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.SmsPeople;

/**
 * The outbox on every database we run on: save first, the safe-contact rules at queueing and at
 * sending, forward-only statuses, and claims that two dispatchers never share.
 */
@SpringBootTest(properties = "portal.messaging.outbox.dispatch=off")
@ActiveProfiles("test")
@Import(OutboxContract.Config.class)
abstract class OutboxContract {

    /** Tuesday 2 March 2032, 10:00 in London (GMT). */
    static final Instant TUESDAY_10AM = Instant.parse("2032-03-02T10:00:00Z");

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(TUESDAY_10AM);
        }
    }

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    OutboxStore store;

    @Autowired
    OutboxHousekeeping housekeeping;

    @Autowired
    SignUps signUps;

    @Autowired
    DevOutbox devOutbox;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    record Person(UUID id, String phone) {
    }

    Person signUp(Set<ChannelType> safe, Set<TimeOfDay> times, boolean discreet) {
        var person = SmsPeople.signUp(signUps, "Robin", Set.of("open"), new ContactSafety(safe,
                EnumSet.allOf(DayOfWeek.class), times.isEmpty() ? EnumSet.noneOf(TimeOfDay.class) : EnumSet.copyOf(times),
                discreet, "", "", Set.of(), ""), "outbox-" + UUID.randomUUID() + "@example.org");
        return new Person(person.id(), person.phone());
    }

    Person bySms() {
        return signUp(Set.of(ChannelType.SMS), EnumSet.allOf(TimeOfDay.class), true);
    }

    static NewMessage offer(UUID to) {
        return NewMessage.to(to, "waiting-list-offer", Map.of("forum", "Open forum", "accept_by", "Friday 5 March, 10am"));
    }

    OutboxRow row(UUID id) {
        return store.find(id).orElseThrow();
    }

    UUID only(PlannedMessage planned, UUID participant) {
        return UUID.fromString(jdbc.queryForObject("SELECT id FROM outbox_message WHERE participant_id = ?"
                + " ORDER BY created_at DESC LIMIT 1", String.class, participant.toString()));
    }

    String lastTo(String recipient) {
        return devOutbox.latest(10_000).stream().filter(m -> m.recipient().equals(recipient)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing sent to " + recipient)).body();
    }

    boolean anythingTo(String recipient) {
        return devOutbox.latest(10_000).stream().anyMatch(m -> m.recipient().equals(recipient));
    }

    @Test
    void a_message_is_a_row_first_and_goes_out_when_dispatched_recording_the_template_version() {
        clock.set(TUESDAY_10AM);
        var person = bySms();
        var planned = outbox.queue(offer(person.id()));
        var id = only(planned, person.id());

        assertThat(planned.status()).isEqualTo(OutboxStatus.CREATED);
        assertThat(planned.channel()).isEqualTo(ChannelType.SMS);
        assertThat(planned.segments()).isEqualTo(1);
        assertThat(anythingTo(person.phone())).as("nothing sent before the dispatcher runs").isFalse();

        dispatcher.drainNow();

        var sent = row(id);
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.templateId()).isEqualTo("waiting-list-offer");
        assertThat(sent.templateVersion()).isEqualTo(1);
        assertThat(sent.providerRef()).startsWith("dev-outbox-");
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(lastTo(person.phone())).isEqualTo("A place has come up in your group. Sign in to accept it by"
                + " Friday 5 March, 10am.");
    }

    @Test
    void a_voucher_message_keeps_no_words_once_sent_so_its_code_is_not_left_in_clear() {
        clock.set(TUESDAY_10AM);
        var person = bySms();
        outbox.queue(NewMessage.to(person.id(), "voucher-issued", Map.of("voucher_value", "£25.00",
                "voucher_code", "GIFT-CODE-7781", "link", "https://portal.example/vouchers")).dedupeKey("gift:" + person.id()));
        outbox.queue(offer(person.id()).dedupeKey("offer:" + person.id()));
        var id = store.findByDedupeKey("gift:" + person.id()).orElseThrow().id();
        var other = store.findByDedupeKey("offer:" + person.id()).orElseThrow().id();
        assertThat(row(id).body()).as("queued: the words wait to be sent").contains("GIFT-CODE-7781");

        dispatcher.drainNow();

        assertThat(devOutbox.latest(10_000)).as("the person got the code").anySatisfy(m -> {
            assertThat(m.recipient()).isEqualTo(person.phone());
            assertThat(m.body()).contains("GIFT-CODE-7781");
        });
        assertThat(row(id).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(row(id).body()).as("sent: no code left in the outbox").isEmpty();
        assertThat(row(other).body()).as("other messages keep their words as before").isNotEmpty();
    }

    @Test
    void full_words_only_for_someone_who_turned_discreet_messages_off() {
        clock.set(TUESDAY_10AM);
        var person = signUp(Set.of(ChannelType.SMS), EnumSet.allOf(TimeOfDay.class), false);
        var planned = outbox.queue(offer(person.id()));

        assertThat(planned.variant()).isEqualTo(MessageVariant.FULL);
        assertThat(planned.body()).startsWith("Victim Voice Forums: a place has come up in Open forum.");
    }

    @Test
    void quiet_hours_hold_a_message_until_the_next_allowed_moment_then_it_goes() {
        clock.set(Instant.parse("2032-03-02T21:00:00Z"));
        var person = bySms();
        var planned = outbox.queue(offer(person.id()));
        var id = only(planned, person.id());

        assertThat(planned.status()).isEqualTo(OutboxStatus.HELD);
        assertThat(planned.sendAt()).isEqualTo(Instant.parse("2032-03-03T08:00:00Z"));
        dispatcher.drainNow();
        assertThat(row(id).status()).isEqualTo(OutboxStatus.HELD);

        clock.set(Instant.parse("2032-03-03T08:00:00Z"));
        dispatcher.drainNow();
        assertThat(row(id).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(anythingTo(person.phone())).isTrue();
    }

    @Test
    void an_evening_only_person_is_texted_at_five_not_at_ten_in_the_morning() {
        clock.set(TUESDAY_10AM);
        var person = signUp(Set.of(ChannelType.SMS), Set.of(TimeOfDay.EVENING), true);

        var planned = outbox.queue(offer(person.id()));

        assertThat(planned.status()).isEqualTo(OutboxStatus.HELD);
        assertThat(planned.sendAt()).isEqualTo(Instant.parse("2032-03-02T17:00:00Z"));
    }

    @Test
    void a_message_that_could_only_arrive_after_its_event_is_cancelled() {
        clock.set(Instant.parse("2032-03-02T21:00:00Z"));
        var person = bySms();

        var planned = outbox.queue(offer(person.id()).expiresAt(Instant.parse("2032-03-02T23:00:00Z")));

        assertThat(planned.status()).isEqualTo(OutboxStatus.CANCELLED);
        assertThat(planned.reason()).isEqualTo("would-arrive-late");
    }

    @Test
    void no_safe_channel_means_suppressed_with_the_reason() {
        clock.set(TUESDAY_10AM);
        var person = bySms();
        jdbc.update("UPDATE participant SET safe_channels = '' WHERE id = ?", person.id().toString());

        var planned = outbox.queue(offer(person.id()));

        assertThat(planned.status()).isEqualTo(OutboxStatus.SUPPRESSED);
        assertThat(planned.reason()).isEqualTo("no-safe-channel");
        assertThat(outbox.queue(offer(UUID.randomUUID())).reason()).isEqualTo("no-contact");
    }

    @Test
    void a_channel_marked_unsafe_after_queueing_is_not_used_when_the_message_goes() {
        clock.set(TUESDAY_10AM);
        var person = bySms();
        var id = only(outbox.queue(offer(person.id())), person.id());
        jdbc.update("UPDATE participant SET safe_channels = 'EMAIL' WHERE id = ?", person.id().toString());

        dispatcher.drainNow();

        assertThat(row(id).status()).isEqualTo(OutboxStatus.SUPPRESSED);
        assertThat(row(id).reason()).isEqualTo("channel-no-longer-safe");
        assertThat(anythingTo(person.phone())).isFalse();
    }

    @Test
    void opting_out_of_sms_suppresses_what_waits_and_what_comes_then_opting_in_allows_it_again() {
        clock.set(Instant.parse("2032-03-02T21:00:00Z"));
        var person = bySms();
        var held = only(outbox.queue(offer(person.id())), person.id());

        assertThat(outbox.optOutOfSms(person.id())).isTrue();
        assertThat(outbox.optOutOfSms(person.id())).as("a second STOP changes nothing").isFalse();

        assertThat(row(held).status()).isEqualTo(OutboxStatus.SUPPRESSED);
        assertThat(row(held).reason()).isEqualTo("opted-out");
        assertThat(outbox.queue(offer(person.id())).reason()).isEqualTo("opted-out");
        assertThat(outbox.smsOptedOut(person.id())).isTrue();

        assertThat(outbox.optBackInToSms(person.id())).isTrue();
        assertThat(outbox.queue(offer(person.id())).status()).isEqualTo(OutboxStatus.HELD);
    }

    @Test
    void sms_opt_out_leaves_email_alone() {
        clock.set(TUESDAY_10AM);
        var person = signUp(Set.of(ChannelType.SMS, ChannelType.EMAIL), EnumSet.allOf(TimeOfDay.class), true);
        outbox.optOutOfSms(person.id());

        var planned = outbox.queue(offer(person.id()));

        assertThat(planned.status()).isEqualTo(OutboxStatus.CREATED);
        assertThat(planned.channel()).isEqualTo(ChannelType.EMAIL);
        assertThat(planned.subject()).isEqualTo("A place has come up");
    }

    @Test
    void the_same_dedupe_key_queues_one_message_only() {
        clock.set(TUESDAY_10AM);
        var person = bySms();
        var key = "test:" + UUID.randomUUID();

        outbox.queue(offer(person.id()).dedupeKey(key));
        outbox.queue(offer(person.id()).dedupeKey(key));
        outbox.queueAll(List.of(offer(person.id()).dedupeKey(key)));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?", Integer.class, key))
                .isEqualTo(1);
    }

    @Test
    void a_rolled_back_decision_leaves_no_message() {
        clock.set(TUESDAY_10AM);
        var person = bySms();
        try {
            transactions.executeWithoutResult(tx -> {
                outbox.queue(offer(person.id()));
                throw new IllegalStateException("the decision failed");
            });
        } catch (IllegalStateException expected) {
            // as planned
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE participant_id = ?", Integer.class,
                person.id().toString())).isZero();
    }

    @Test
    void delivery_reports_move_a_message_forward_only() {
        clock.set(TUESDAY_10AM);
        var person = bySms();
        var id = only(outbox.queue(offer(person.id())), person.id());
        dispatcher.drainNow();

        assertThat(outbox.recordReport(id, null, OutboxStatus.DELIVERED, null)).isTrue();
        assertThat(outbox.recordReport(id, null, OutboxStatus.DELIVERED, null)).as("the same report twice").isFalse();
        assertThat(outbox.recordReport(id, null, OutboxStatus.SENT, null)).as("a late 'sent'").isFalse();
        assertThat(outbox.recordReport(id, null, OutboxStatus.PERMANENT_FAILURE, "x")).isFalse();
        assertThat(row(id).status()).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void a_report_for_a_message_not_yet_sent_changes_nothing() {
        clock.set(Instant.parse("2032-03-02T21:00:00Z"));
        var person = bySms();
        var id = only(outbox.queue(offer(person.id())), person.id());

        assertThat(outbox.recordReport(id, "SMforged", OutboxStatus.DELIVERED, null)).isFalse();
        assertThat(row(id).status()).isEqualTo(OutboxStatus.HELD);
    }

    @Test
    void cancelling_what_is_about_a_meeting_leaves_other_messages_alone() {
        clock.set(Instant.parse("2032-03-02T21:00:00Z"));
        var person = bySms();
        var about = "meeting:" + UUID.randomUUID();
        outbox.queue(offer(person.id()).about(about));
        outbox.queue(offer(person.id()));

        assertThat(outbox.cancelPendingAbout(about, "meeting-cancelled")).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT status FROM outbox_message WHERE participant_id = ? ORDER BY status",
                String.class, person.id().toString())).containsExactly("cancelled", "held");
    }

    @Test
    void the_words_of_a_finished_message_are_blanked_after_the_keeping_time_and_the_rest_stays() {
        clock.set(TUESDAY_10AM);
        var person = bySms();
        var id = only(outbox.queue(offer(person.id())), person.id());
        dispatcher.drainNow();
        outbox.recordReport(id, null, OutboxStatus.DELIVERED, null);
        var key = "never-reported:" + UUID.randomUUID();
        outbox.queue(offer(person.id()).dedupeKey(key));
        var neverReported = store.findByDedupeKey(key).orElseThrow().id();
        assertThat(neverReported).isNotEqualTo(id);
        dispatcher.drainNow();

        clock.set(TUESDAY_10AM.plus(java.time.Duration.ofDays(29)));
        housekeeping.forgetOldTexts();
        assertThat(row(id).body()).startsWith("A place has come up");

        clock.set(TUESDAY_10AM.plus(java.time.Duration.ofDays(31)));
        housekeeping.forgetOldTexts();
        assertThat(row(id).body()).isEmpty();
        assertThat(row(neverReported).body()).as("sent, with no report ever").isEmpty();
        assertThat(row(id).status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(row(id).templateVersion()).isEqualTo(1);
    }

    @Test
    void a_claim_that_ran_out_can_no_longer_start_an_attempt_even_on_the_same_node() {
        clock.set(TUESDAY_10AM);
        var person = bySms();
        var key = "claim:" + UUID.randomUUID();
        outbox.queue(offer(person.id()).dedupeKey(key));
        var id = store.findByDedupeKey(key).orElseThrow().id();
        transactions.execute(tx -> store.claimDue(clock.instant(), 1000, "node-a/1"));

        // Waiting for the pacer beyond the lease: the settler takes it back, never attempted.
        var later = TUESDAY_10AM.plus(java.time.Duration.ofMinutes(3));
        var stale = transactions.execute(tx -> store.claimStale(later, later.minus(java.time.Duration.ofMinutes(2)),
                later.minus(java.time.Duration.ofSeconds(90)), 1000, "node-a/settle"));
        assertThat(stale).extracting(OutboxRow::id).contains(id);
        store.release(id, OutboxStatus.CREATED, later, null);
        transactions.execute(tx -> store.claimDue(later, 1000, "node-a/2"));

        assertThat(store.startAttempt(id, "node-a/1", later)).as("the old claim").isFalse();
        assertThat(store.startAttempt(id, "node-a/2", later)).as("the new claim").isTrue();
    }

    @Test
    void two_dispatchers_claiming_at_once_never_take_the_same_message() throws Exception {
        clock.set(TUESDAY_10AM);
        var person = bySms();
        var messages = new ArrayList<NewMessage>();
        for (int i = 0; i < 60; i++) {
            messages.add(offer(person.id()).campaign(UUID.randomUUID(), true));
        }
        outbox.queueAll(messages);
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> claimAll(start, "node-a"));
            var second = pool.submit(() -> claimAll(start, "node-b"));
            start.countDown();
            var a = first.get();
            var b = second.get();
            var both = new java.util.HashSet<>(a);
            both.retainAll(b);
            assertThat(both).as("claimed by both nodes").isEmpty();
            assertThat(a).doesNotHaveDuplicates();
            assertThat(b).doesNotHaveDuplicates();
            assertThat(a.size() + b.size()).isGreaterThanOrEqualTo(60);
        }
    }

    private List<UUID> claimAll(CountDownLatch start, String node) throws InterruptedException {
        start.await();
        var taken = new ArrayList<UUID>();
        while (true) {
            var batch = transactions.execute(tx -> store.claimDue(clock.instant(), 7, node));
            if (batch == null || batch.isEmpty()) {
                return taken;
            }
            batch.forEach(row -> taken.add(row.id()));
        }
    }
}
