package london.victimvoice.portal.messaging.sms;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.ConditionalOnDelivery;
import london.victimvoice.portal.messaging.MessageChannel;
import london.victimvoice.portal.messaging.MessageSendException;
import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.messaging.MessagingProperties.Delivery;
import london.victimvoice.portal.messaging.OutgoingMessage;
import london.victimvoice.portal.messaging.SendResult;

/**
 * Sends SMS with its own {@link TwilioRestClient}, not the SDK's static global, so settings
 * come only from {@link MessagingProperties} and tests can point it at a fake Twilio.
 */
@Component
@ConditionalOnDelivery(Delivery.PROVIDERS)
class TwilioSmsChannel implements MessageChannel {

    private final TwilioRestClient client;
    private final @Nullable String messagingServiceSid;
    private final @Nullable String from;

    TwilioSmsChannel(MessagingProperties properties) {
        var settings = properties.twilio();
        var accountSid = required(settings.accountSid(), "account-sid");
        var authToken = required(settings.authToken(), "auth-token");
        this.messagingServiceSid = blankToNull(settings.messagingServiceSid());
        this.from = blankToNull(settings.from());
        if (messagingServiceSid == null && from == null) {
            throw new IllegalStateException(
                    "Set portal.messaging.twilio.from or portal.messaging.twilio.messaging-service-sid");
        }
        var builder = new TwilioRestClient.Builder(accountSid, authToken);
        if (settings.apiBaseUrl() != null) {
            builder.httpClient(new BaseUrlHttpClient(settings.apiBaseUrl()));
        }
        this.client = builder.build();
    }

    @Override
    public ChannelType type() {
        return ChannelType.SMS;
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        if (message.channel() != ChannelType.SMS) {
            throw new IllegalArgumentException("Not an SMS: " + message.channel());
        }
        try {
            return new SendResult(ChannelType.SMS, creator(message).create(client).getSid());
        } catch (ApiException e) {
            // Twilio's own text can repeat the recipient's number, so only its code and status
            // are kept, and the SDK exception is not chained into the logs.
            var code = e.getCode() == null ? null : String.valueOf(e.getCode());
            if (code == null) {
                throw new MessageSendException(ChannelType.SMS, null, MessageSendException.Outcome.AMBIGUOUS,
                        "Twilio could not be reached", e);
            }
            throw new MessageSendException(ChannelType.SMS, code, MessageSendException.Outcome.REFUSED, "Twilio refused the SMS: error " + code
                    + " (HTTP " + e.getStatusCode() + "), see https://www.twilio.com/docs/errors/" + code, null);
        } catch (TwilioException e) {
            throw new MessageSendException(ChannelType.SMS, null, MessageSendException.Outcome.AMBIGUOUS,
                    "Twilio could not take the SMS", e);
        }
    }

    private MessageCreator creator(OutgoingMessage message) {
        var to = new PhoneNumber(message.recipient());
        return messagingServiceSid != null
                ? Message.creator(to, messagingServiceSid, message.body())
                : Message.creator(to, new PhoneNumber(from), message.body());
    }

    private static String required(@Nullable String value, String name) {
        var present = blankToNull(value);
        if (present == null) {
            throw new IllegalStateException("Set portal.messaging.twilio." + name + " to send SMS through Twilio");
        }
        return present;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
