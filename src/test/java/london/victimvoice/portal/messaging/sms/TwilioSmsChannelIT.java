package london.victimvoice.portal.messaging.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import london.victimvoice.portal.support.TestMessaging;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.MessageSendException;
import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.messaging.OutgoingMessage;
import london.victimvoice.portal.messaging.SendResult;

/** The real Twilio SDK against a local fake of Twilio's Messages API. */
class TwilioSmsChannelIT {

    private static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
    private static final String AUTH_TOKEN = "test-auth-token";
    private static final String FROM = "+447700900001";
    private static final String SERVICE_SID = "MG00000000000000000000000000000001";
    private static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
    private static final String MESSAGE_SID = "SM00000000000000000000000000000042";

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void an_sms_is_posted_to_twilio_from_the_configured_number_with_the_account_credentials() {
        stubAccepted();
        var channel = channel(null);

        var result = channel.send(OutgoingMessage.sms("+447700900123", "Your forum meets on Tuesday at 6pm."));

        assertThat(result).isEqualTo(new SendResult(ChannelType.SMS, MESSAGE_SID));
        twilio.verify(1, postRequestedFor(urlEqualTo(MESSAGES_PATH))
                .withBasicAuth(new BasicCredentials(ACCOUNT_SID, AUTH_TOKEN))
                .withFormParam("To", equalTo("+447700900123"))
                .withFormParam("From", equalTo(FROM))
                .withFormParam("Body", equalTo("Your forum meets on Tuesday at 6pm."))
                .withoutFormParam("MessagingServiceSid"));
    }

    @Test
    void with_a_messaging_service_twilio_picks_the_sender() {
        stubAccepted();
        var channel = channel(SERVICE_SID);

        channel.send(OutgoingMessage.sms("+447700900123", "Reminder: forum tomorrow."));

        twilio.verify(1, postRequestedFor(urlEqualTo(MESSAGES_PATH))
                .withBasicAuth(new BasicCredentials(ACCOUNT_SID, AUTH_TOKEN))
                .withFormParam("To", equalTo("+447700900123"))
                .withFormParam("MessagingServiceSid", equalTo(SERVICE_SID))
                .withFormParam("Body", equalTo("Reminder: forum tomorrow."))
                .withoutFormParam("From"));
    }

    @Test
    void a_refusal_by_twilio_becomes_a_send_exception_with_twilio_error_code_and_without_the_number() {
        twilio.stubFor(post(urlEqualTo(MESSAGES_PATH)).willReturn(aResponse()
                .withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"code": 21211,
                         "message": "Invalid 'To' Phone Number: +44770090012X",
                         "more_info": "https://www.twilio.com/docs/errors/21211",
                         "status": 400}""")));
        var channel = channel(null);

        assertThatExceptionOfType(MessageSendException.class)
                .isThrownBy(() -> channel.send(OutgoingMessage.sms("+447700900129", "Hello")))
                .satisfies(e -> {
                    assertThat(e.channel()).isEqualTo(ChannelType.SMS);
                    assertThat(e.providerCode()).isEqualTo("21211");
                    assertThat(e.getMessage()).contains("21211").contains("HTTP 400").doesNotContain("+44");
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void a_twilio_that_cannot_be_reached_becomes_a_send_exception_without_a_provider_code() {
        var unreachable = channelWith(new MessagingProperties.Twilio(ACCOUNT_SID, AUTH_TOKEN, FROM, null,
                URI.create("http://127.0.0.1:1")));

        assertThatExceptionOfType(MessageSendException.class)
                .isThrownBy(() -> unreachable.send(OutgoingMessage.sms("+447700900123", "Hello")))
                .satisfies(e -> assertThat(e.providerCode()).isNull())
                .withMessageContaining("could not be reached");
    }

    @Test
    void without_credentials_or_a_sender_the_channel_refuses_to_start() {
        assertThatIllegalStateException().isThrownBy(
                () -> channelWith(new MessagingProperties.Twilio(" ", AUTH_TOKEN, FROM, null, null)))
                .withMessageContaining("portal.messaging.twilio.account-sid");
        assertThatIllegalStateException().isThrownBy(
                () -> channelWith(new MessagingProperties.Twilio(ACCOUNT_SID, AUTH_TOKEN, "", "", null)))
                .withMessageContaining("portal.messaging.twilio.from");
    }

    private static TwilioSmsChannel channel(@Nullable String messagingServiceSid) {
        return channelWith(new MessagingProperties.Twilio(ACCOUNT_SID, AUTH_TOKEN, FROM, messagingServiceSid,
                URI.create(twilio.baseUrl())));
    }

    private static TwilioSmsChannel channelWith(MessagingProperties.Twilio settings) {
        return new TwilioSmsChannel(new MessagingProperties(MessagingProperties.Delivery.PROVIDERS, settings,
                new MessagingProperties.Email(null), TestMessaging.OUTBOX, TestMessaging.LINKS));
    }

    /** Shaped like Twilio's real answer to a create, so the SDK parses it as it would in production. */
    private static void stubAccepted() {
        twilio.stubFor(post(urlEqualTo(MESSAGES_PATH)).willReturn(aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"account_sid": "%s",
                         "api_version": "2010-04-01",
                         "body": "Your forum meets on Tuesday at 6pm.",
                         "date_created": "Thu, 27 Nov 2025 13:36:02 +0000",
                         "date_sent": null,
                         "date_updated": "Thu, 27 Nov 2025 13:36:02 +0000",
                         "direction": "outbound-api",
                         "error_code": null,
                         "error_message": null,
                         "from": "%s",
                         "messaging_service_sid": null,
                         "num_media": "0",
                         "num_segments": "1",
                         "price": null,
                         "price_unit": "GBP",
                         "sid": "%s",
                         "status": "queued",
                         "subresource_uris": {"media": "%s/Media.json"},
                         "to": "+447700900123",
                         "uri": "%s.json"}"""
                        .formatted(ACCOUNT_SID, FROM, MESSAGE_SID,
                                MESSAGES_PATH.replace(".json", "/" + MESSAGE_SID),
                                MESSAGES_PATH.replace(".json", "/" + MESSAGE_SID)))));
    }
}
