package london.victimvoice.portal.messaging.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.MessageChannel.Lookup;
import london.victimvoice.portal.messaging.MessageSendException;
import london.victimvoice.portal.messaging.MessageSendException.Outcome;
import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.messaging.OutgoingMessage;
import london.victimvoice.portal.messaging.SendResult;
import london.victimvoice.portal.support.FakeTwilio;
import london.victimvoice.portal.support.FakeTwilio.Fault;
import london.victimvoice.portal.support.TestMessaging;

/** The real Twilio SDK, through our transport, against a stateful fake of Twilio's Messages API. */
class TwilioSmsChannelIT {

    private static final String FROM = "+447700900001";
    private static final String SERVICE_SID = "MG00000000000000000000000000000001";
    private static final String TO = "+447700900123";
    private static final String BODY = "Your forum meets on Tuesday at 6pm.";
    private static final URI CALLBACK = URI.create("https://portal.example.org/webhooks/twilio/status");
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

    @RegisterExtension
    static FakeTwilio twilio = FakeTwilio.start();

    @Test
    void an_sms_from_a_plain_number_is_recorded_by_twilio_without_a_validity_period() {
        var channel = channel(null, CALLBACK);

        var result = channel.send(OutgoingMessage.sms(TO, BODY));

        var recorded = twilio.messagesTo(TO);
        assertThat(recorded).singleElement().satisfies(m -> {
            assertThat(result).isEqualTo(new SendResult(ChannelType.SMS, m.sid()));
            assertThat(m.sid()).matches("SM[0-9a-f]{32}");
            assertThat(m.from()).isEqualTo(FROM);
            assertThat(m.messagingServiceSid()).isNull();
            assertThat(m.body()).isEqualTo(BODY);
            assertThat(m.validityPeriod()).as("Twilio ignores it without a messaging service").isNull();
            assertThat(m.statusCallback()).as("no outbox reference, nothing for the webhook to find").isNull();
        });
    }

    @Test
    void through_a_messaging_service_an_sms_carries_the_validity_period_and_a_callback_with_the_outbox_id() {
        var channel = channel(SERVICE_SID, CALLBACK);
        var outboxId = UUID.fromString("0b6d8c1e-3f4a-4c5b-9d6e-7f8091a2b3c4");

        channel.send(OutgoingMessage.sms(TO, BODY).withReference(outboxId));

        assertThat(twilio.messagesTo(TO)).singleElement().satisfies(m -> {
            assertThat(m.messagingServiceSid()).isEqualTo(SERVICE_SID);
            assertThat(m.from()).isEqualTo(FakeTwilio.SERVICE_NUMBER);
            assertThat(m.validityPeriod()).isEqualTo(14_400);
            assertThat(m.statusCallback()).isEqualTo(CALLBACK + "?ref=" + outboxId);
        });
    }

    @Test
    void a_callback_url_with_its_own_query_gets_the_reference_appended() {
        var channel = channel(SERVICE_SID, URI.create("https://portal.example.org/hook?source=sms"));
        var outboxId = UUID.randomUUID();

        channel.send(OutgoingMessage.sms(TO, BODY).withReference(outboxId));

        assertThat(twilio.messagesTo(TO).getFirst().statusCallback())
                .isEqualTo("https://portal.example.org/hook?source=sms&ref=" + outboxId);
    }

    @Test
    void a_429_is_rate_limited_and_sent_only_once() {
        twilio.failNextCreates(1, Fault.RATE_LIMITED);

        assertThatExceptionOfType(MessageSendException.class)
                .isThrownBy(() -> channel(SERVICE_SID, null).send(OutgoingMessage.sms(TO, BODY)))
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.RATE_LIMITED);
                    assertThat(e.providerCode()).isEqualTo("20429");
                });
        assertThat(twilio.createRequests()).isEqualTo(1);
        assertThat(twilio.messages()).isEmpty();
    }

    @Test
    void a_500_is_unavailable_and_not_repeated_by_the_sdk() {
        twilio.failNextCreates(3, Fault.SERVER_ERROR);

        assertThatExceptionOfType(MessageSendException.class)
                .isThrownBy(() -> channel(SERVICE_SID, null).send(OutgoingMessage.sms(TO, BODY)))
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.UNAVAILABLE));
        assertThat(twilio.createRequests()).as("the SDK's own transport would try three times").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {21211, 21610, 21614})
    void a_twilio_error_for_the_recipient_is_refused_without_the_number_in_the_text(int code) {
        twilio.refuseNextCreates(1, code);

        assertThatExceptionOfType(MessageSendException.class)
                .isThrownBy(() -> channel(null, null).send(OutgoingMessage.sms(TO, BODY)))
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
                    assertThat(e.channel()).isEqualTo(ChannelType.SMS);
                    assertThat(e.providerCode()).isEqualTo(String.valueOf(code));
                    assertThat(e.getMessage()).contains(String.valueOf(code)).contains("HTTP 400")
                            .doesNotContain("+44").doesNotContain(BODY);
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void a_timeout_after_twilio_recorded_the_sms_is_ambiguous_and_the_lookup_finds_it() {
        twilio.failNextCreates(1, Fault.SLOW_AFTER_RECORDING);
        var channel = channel(SERVICE_SID, null);
        var message = OutgoingMessage.sms(TO, BODY).withReference(UUID.randomUUID());
        var attempted = Instant.now();

        assertThatExceptionOfType(MessageSendException.class)
                .isThrownBy(() -> channel.send(message))
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.AMBIGUOUS))
                .withMessageNotContaining("+44");

        var recorded = twilio.messagesTo(TO);
        assertThat(recorded).hasSize(1);
        assertThat(channel.find(message, attempted)).isEqualTo(new Lookup.Found(recorded.getFirst().sid()));
        assertThat(twilio.createRequestsTo(TO)).as("no second create").isEqualTo(1);
    }

    @Test
    void an_unreadable_201_is_ambiguous_and_the_lookup_finds_it() {
        twilio.failNextCreates(1, Fault.MALFORMED_JSON);
        var channel = channel(null, null);
        var message = OutgoingMessage.sms(TO, BODY);
        var attempted = Instant.now();

        assertThatExceptionOfType(MessageSendException.class)
                .isThrownBy(() -> channel.send(message))
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.AMBIGUOUS);
                    assertThat(e.getMessage()).contains("could not be read");
                    assertThat(e.getCause()).isNull();
                });

        assertThat(channel.find(message, attempted))
                .isEqualTo(new Lookup.Found(twilio.messagesTo(TO).getFirst().sid()));
    }

    @Test
    void a_reset_connection_is_ambiguous_and_when_twilio_has_nothing_the_lookup_says_not_found() {
        twilio.failNextCreates(1, Fault.CONNECTION_RESET);
        var channel = channel(SERVICE_SID, null);
        var message = OutgoingMessage.sms(TO, BODY);
        var attempted = Instant.now();

        assertThatExceptionOfType(MessageSendException.class)
                .isThrownBy(() -> channel.send(message))
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.AMBIGUOUS));

        assertThat(channel.find(message, attempted)).isEqualTo(new Lookup.NotFound());
    }

    @Test
    void a_twilio_that_cannot_be_connected_to_is_unavailable() {
        var unreachable = channelWith(settings(null, null, URI.create("http://127.0.0.1:1"), Duration.ofHours(4)));

        assertThatExceptionOfType(MessageSendException.class)
                .isThrownBy(() -> unreachable.send(OutgoingMessage.sms(TO, BODY)))
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.UNAVAILABLE);
                    assertThat(e.providerCode()).isNull();
                })
                .withMessageContaining("could not be reached");
    }

    @Test
    void wrong_credentials_are_unavailable_not_refused_so_messages_survive_the_fix() {
        var wrong = channelWith(new MessagingProperties.Twilio(FakeTwilio.ACCOUNT_SID, "not-the-token", FROM, null,
                twilio.baseUri(), Duration.ofHours(4), null, Duration.ofSeconds(5), READ_TIMEOUT));

        assertThatExceptionOfType(MessageSendException.class)
                .isThrownBy(() -> wrong.send(OutgoingMessage.sms(TO, BODY)))
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.UNAVAILABLE);
                    assertThat(e.providerCode()).isEqualTo("20003");
                });
        assertThat(twilio.messages()).isEmpty();
    }

    @Test
    void a_lookup_with_nothing_sent_is_not_found() {
        twilio.seed("+447700900999", FROM, null, BODY, Instant.now());

        assertThat(channel(null, null).find(OutgoingMessage.sms(TO, BODY), Instant.now().minusSeconds(60)))
                .isEqualTo(new Lookup.NotFound());
    }

    @Test
    void a_lookup_ignores_other_bodies_other_senders_and_messages_from_before_the_attempt() {
        var attempted = Instant.now();
        twilio.seed(TO, FROM, null, BODY, attempted.minus(Duration.ofMinutes(30)));
        twilio.seed(TO, FROM, null, BODY + " ", attempted);
        twilio.seed(TO, "+447700900002", null, BODY, attempted);
        twilio.seed(TO, FakeTwilio.SERVICE_NUMBER, "MG00000000000000000000000000000009", BODY, attempted);

        assertThat(channel(null, null).find(OutgoingMessage.sms(TO, BODY), attempted)).isEqualTo(new Lookup.NotFound());
        assertThat(channel(SERVICE_SID, null).find(OutgoingMessage.sms(TO, BODY), attempted))
                .isEqualTo(new Lookup.NotFound());
    }

    @Test
    void a_lookup_allows_for_a_clock_a_minute_apart_from_twilios() {
        var attempted = Instant.now();
        var early = twilio.seed(TO, FROM, null, BODY, attempted.minus(Duration.ofMinutes(1)));

        assertThat(channel(null, null).find(OutgoingMessage.sms(TO, BODY), attempted))
                .isEqualTo(new Lookup.Found(early.sid()));
    }

    @Test
    void a_message_twilio_has_already_sent_to_the_carrier_is_found_too() {
        var channel = channel(SERVICE_SID, null);
        var attempted = Instant.now();
        var sid = channel.send(OutgoingMessage.sms(TO, BODY)).providerReference();
        twilio.sendAllQueued();

        assertThat(channel.find(OutgoingMessage.sms(TO, BODY), attempted)).isEqualTo(new Lookup.Found(sid));
    }

    @Test
    void two_identical_messages_since_the_attempt_cannot_be_told_apart() {
        var channel = channel(SERVICE_SID, null);
        var attempted = Instant.now();
        channel.send(OutgoingMessage.sms(TO, BODY));
        channel.send(OutgoingMessage.sms(TO, BODY));

        assertThat(channel.find(OutgoingMessage.sms(TO, BODY), attempted))
                .isInstanceOfSatisfying(Lookup.Unknown.class, u -> assertThat(u.why())
                        .contains("2 identical").doesNotContain("+44").doesNotContain(BODY));
    }

    @Test
    void a_lookup_that_fails_is_unknown_never_not_found() {
        var channel = channel(SERVICE_SID, null);
        for (var fault : Fault.values()) {
            twilio.failNextLookups(1, fault);

            assertThat(channel.find(OutgoingMessage.sms(TO, BODY), Instant.now()))
                    .as(fault.name()).isInstanceOfSatisfying(Lookup.Unknown.class,
                            u -> assertThat(u.why()).doesNotContain("+44"));
        }
    }

    @Test
    void without_credentials_a_sender_or_a_sane_validity_the_channel_refuses_to_start() {
        assertThatIllegalStateException().isThrownBy(() -> channelWith(new MessagingProperties.Twilio(" ",
                FakeTwilio.AUTH_TOKEN, FROM, null, null, Duration.ofHours(4), null, Duration.ofSeconds(5), READ_TIMEOUT)))
                .withMessageContaining("portal.messaging.twilio.account-sid");
        assertThatIllegalStateException().isThrownBy(() -> channelWith(settings("", null, null, Duration.ofHours(4))))
                .withMessageContaining("portal.messaging.twilio.from");
        assertThatIllegalStateException().isThrownBy(() -> channelWith(settings(SERVICE_SID, null, null, Duration.ofHours(11))))
                .withMessageContaining("validity");
        assertThatIllegalStateException().isThrownBy(() -> channelWith(settings(SERVICE_SID, null, null, Duration.ZERO)))
                .withMessageContaining("validity");
        assertThatIllegalStateException().isThrownBy(() -> channelWith(new MessagingProperties.Twilio(
                FakeTwilio.ACCOUNT_SID, FakeTwilio.AUTH_TOKEN, FROM, null, null, Duration.ofHours(4),
                URI.create("/relative"), Duration.ofSeconds(5), READ_TIMEOUT)))
                .withMessageContaining("status-callback-url");
    }

    private static TwilioSmsChannel channel(@Nullable String messagingServiceSid, @Nullable URI callback) {
        return channelWith(settings(messagingServiceSid, callback, twilio.baseUri(), Duration.ofHours(4)));
    }

    private static MessagingProperties.Twilio settings(@Nullable String messagingServiceSid, @Nullable URI callback,
            @Nullable URI base, Duration validity) {
        return new MessagingProperties.Twilio(FakeTwilio.ACCOUNT_SID, FakeTwilio.AUTH_TOKEN,
                messagingServiceSid != null && messagingServiceSid.isEmpty() ? "" : FROM, messagingServiceSid, base,
                validity, callback, Duration.ofSeconds(5), READ_TIMEOUT);
    }

    private static TwilioSmsChannel channelWith(MessagingProperties.Twilio settings) {
        return new TwilioSmsChannel(new MessagingProperties(MessagingProperties.Delivery.PROVIDERS, settings,
                new MessagingProperties.Email(null), TestMessaging.OUTBOX, TestMessaging.LINKS));
    }
}
