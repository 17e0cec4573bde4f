package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.participants.TimeOfDay;
import london.victimvoice.portal.support.FakeTwilio;
import london.victimvoice.portal.support.FakeTwilio.Fault;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.SmsPeople;

/**
 * The outbox sending through the real Twilio SDK to a fake Twilio API: what the dispatcher does
 * with each kind of answer — sent, slowed down, retried, given up, or looked up before any resend —
 * and that no message ever reaches Twilio twice.
 */
@SpringBootTest(properties = {
        "portal.messaging.delivery=providers",
        "portal.messaging.twilio.account-sid=" + FakeTwilio.ACCOUNT_SID,
        "portal.messaging.twilio.auth-token=" + FakeTwilio.AUTH_TOKEN,
        "portal.messaging.twilio.from=" + FakeTwilio.SERVICE_NUMBER,
        "portal.messaging.twilio.messaging-service-sid=MG00000000000000000000000000000001",
        "portal.messaging.twilio.status-callback-url=https://portal.example/webhooks/twilio/status",
        "portal.messaging.twilio.read-timeout=2s",
        "portal.messaging.email.from=forums@victimvoice.example",
        "portal.messaging.outbox.dispatch=off",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=2525"})
@ActiveProfiles("test")
@Import(OutboxTwilioIT.Config.class)
class OutboxTwilioIT {

    /** Tuesday 2 March 2032, 10:00 in London. */
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2032-03-02T10:00:00Z"));

    @RegisterExtension
    static final FakeTwilio TWILIO = FakeTwilio.start(CLOCK);

    @DynamicPropertySource
    static void twilio(DynamicPropertyRegistry registry) {
        registry.add("portal.messaging.twilio.api-base-url", TWILIO::baseUrl);
    }

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    SignUps signUps;

    @Autowired
    JdbcTemplate jdbc;

    record Person(UUID id, String phone) {
    }

    @BeforeEach
    void daytime() {
        // Each test starts a day later: the pacing and the lookups' time windows start afresh.
        CLOCK.set(CLOCK.instant().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .plus(Duration.ofHours(10)));
    }

    Person person() {
        var person = SmsPeople.signUp(signUps, "Robin", Set.of("open"), new ContactSafety(EnumSet.of(ChannelType.SMS),
                EnumSet.allOf(DayOfWeek.class), EnumSet.allOf(TimeOfDay.class), true, "", "", Set.of(), ""));
        return new Person(person.id(), person.phone());
    }

    UUID queue(Person person) {
        var key = "twilio-it:" + UUID.randomUUID();
        outbox.queue(NewMessage.to(person.id(), "waiting-list-offer", Map.of("forum", "Open forum",
                "accept_by", "Friday 5 March, 10am")).dedupeKey(key));
        return UUID.fromString(jdbc.queryForObject("SELECT id FROM outbox_message WHERE dedupe_key = ?", String.class,
                key));
    }

    Map<String, Object> row(UUID id) {
        return jdbc.queryForMap("SELECT status, reason, needs_review, attempts, provider_ref, not_before"
                + " FROM outbox_message WHERE id = ?", id.toString());
    }

    @Test
    void a_message_goes_once_with_the_validity_period_and_a_callback_that_finds_it_again() {
        var person = person();
        var id = queue(person);

        dispatcher.drainNow();

        assertThat(row(id)).containsEntry("status", "sent");
        var sent = TWILIO.messagesTo(person.phone());
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.validityPeriod()).isEqualTo(14_400);
            assertThat(m.messagingServiceSid()).startsWith("MG");
            assertThat(m.statusCallback()).isEqualTo("https://portal.example/webhooks/twilio/status?ref=" + id);
            assertThat(m.body()).startsWith("A place has come up in your group.");
        });
        assertThat(row(id)).containsEntry("provider_ref", sent.getFirst().sid());
    }

    @Test
    void a_429_puts_the_message_back_without_using_an_attempt_and_it_goes_a_moment_later() {
        var person = person();
        var id = queue(person);
        TWILIO.failNextCreates(1, Fault.RATE_LIMITED);

        dispatcher.drainNow();

        assertThat(row(id)).containsEntry("status", "created");
        CLOCK.advance(Duration.ofSeconds(2));
        dispatcher.drainNow();
        assertThat(row(id)).containsEntry("status", "sent");
        assertThat(TWILIO.messagesTo(person.phone())).hasSize(1);
    }

    @Test
    void a_500_is_retried_after_a_backoff_and_repeated_500s_end_in_technical_failure() {
        var person = person();
        var id = queue(person);
        TWILIO.failNextCreates(1, Fault.SERVER_ERROR);

        dispatcher.drainNow();
        assertThat(row(id)).containsEntry("status", "created").containsEntry("attempts", 1);
        dispatcher.drainNow();
        assertThat(row(id)).as("not due before its backoff").containsEntry("status", "created");
        CLOCK.advance(Duration.ofSeconds(31));
        dispatcher.drainNow();
        assertThat(row(id)).containsEntry("status", "sent");
        assertThat(TWILIO.messagesTo(person.phone())).hasSize(1);

        var doomed = queue(person);
        TWILIO.failNextCreates(5, Fault.SERVER_ERROR);
        for (int i = 0; i < 5; i++) {
            dispatcher.drainNow();
            CLOCK.advance(Duration.ofMinutes(31));
        }
        assertThat(row(doomed)).containsEntry("status", "technical-failure").containsEntry("reason", "retries-exhausted")
                .containsEntry("attempts", 5);
    }

    @Test
    void a_timeout_after_twilio_recorded_the_message_is_settled_by_lookup_not_resent() {
        var person = person();
        var id = queue(person);
        TWILIO.slowAnswersTake(Duration.ofSeconds(4));
        TWILIO.failNextCreates(1, Fault.SLOW_AFTER_RECORDING);

        dispatcher.drainNow();
        assertThat(row(id)).containsEntry("status", "sending");
        assertThat(dispatcher.settle()).as("not before the grace period").isZero();

        CLOCK.advance(Duration.ofSeconds(91));
        dispatcher.settle();
        dispatcher.drainNow();

        assertThat(row(id)).containsEntry("status", "sent");
        assertThat(TWILIO.createRequestsTo(person.phone())).isEqualTo(1);
        assertThat(row(id)).containsEntry("provider_ref", TWILIO.messagesTo(person.phone()).getFirst().sid());
    }

    @Test
    void an_unreadable_answer_is_settled_by_lookup_and_a_reset_before_recording_is_sent_again_once() {
        var unreadable = person();
        var first = queue(unreadable);
        TWILIO.failNextCreates(1, Fault.MALFORMED_JSON);
        dispatcher.drainNow();
        var reset = person();
        var second = queue(reset);
        TWILIO.failNextCreates(1, Fault.CONNECTION_RESET);
        dispatcher.drainNow();

        CLOCK.advance(Duration.ofSeconds(91));
        dispatcher.settle();
        dispatcher.drainNow();

        assertThat(row(first)).containsEntry("status", "sent");
        assertThat(TWILIO.messagesTo(unreadable.phone())).hasSize(1);
        assertThat(row(second)).containsEntry("status", "sent");
        assertThat(TWILIO.messagesTo(reset.phone())).hasSize(1);
    }

    @Test
    void a_send_that_cannot_be_settled_is_marked_for_review_not_resent() {
        var person = person();
        var id = queue(person);
        TWILIO.slowAnswersTake(Duration.ofSeconds(4));
        TWILIO.failNextCreates(1, Fault.SLOW_AFTER_RECORDING);
        dispatcher.drainNow();
        TWILIO.failNextLookups(1, Fault.SERVER_ERROR);

        CLOCK.advance(Duration.ofSeconds(91));
        dispatcher.settle();
        dispatcher.drainNow();

        assertThat(row(id)).containsEntry("status", "technical-failure").containsEntry("needs_review", true)
                .containsEntry("reason", "unsettled-needs-review");
        assertThat(TWILIO.createRequestsTo(person.phone())).isEqualTo(1);
        assertThat(outbox.latest(50, true)).extracting(LoggedMessage::id).contains(id);
    }

    @Test
    void a_number_twilio_refuses_is_a_permanent_failure_with_its_code() {
        var person = person();
        var id = queue(person);
        TWILIO.refuseNextCreates(1, 21211);

        dispatcher.drainNow();

        assertThat(row(id)).containsEntry("status", "permanent-failure").containsEntry("reason", "provider-21211");
    }
}
