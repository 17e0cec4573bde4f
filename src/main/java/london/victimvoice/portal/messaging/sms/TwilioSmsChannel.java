package london.victimvoice.portal.messaging.sms;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.ConditionalOnDelivery;
import london.victimvoice.portal.messaging.MessageChannel;
import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.messaging.MessagingProperties.Delivery;
import london.victimvoice.portal.messaging.OutgoingMessage;
import london.victimvoice.portal.messaging.SendResult;

/**
 * Sends SMS with its own {@link TwilioRestClient}, not the SDK's static global, so settings
 * come only from {@link MessagingProperties} and tests can point it at a fake Twilio.
 *
 * <p>Validity period: Twilio only honours {@code ValidityPeriod} for messages sent through a
 * Messaging Service, so it is sent only then. With a plain from-number a message Twilio has
 * queued can still go out hours later; a warning says so at start-up.
 */
@Component
@ConditionalOnDelivery(Delivery.PROVIDERS)
class TwilioSmsChannel implements MessageChannel {

    private static final Logger log = LoggerFactory.getLogger(TwilioSmsChannel.class);

    /** Twilio's accepted range for {@code ValidityPeriod}, in seconds. */
    static final long MIN_VALIDITY_SECONDS = 1;
    static final long MAX_VALIDITY_SECONDS = 36_000;
    /** Our clock and Twilio's may disagree a little; a lookup starts this much earlier. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(2);
    /** A lookup reads at most this many messages to one number before it gives up. */
    static final int LOOKUP_LIMIT = 1000;

    private final TwilioRestClient client;
    private final @Nullable String messagingServiceSid;
    private final @Nullable String from;
    private final Duration validity;
    private final @Nullable URI statusCallbackUrl;

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
        this.validity = settings.validity();
        if (validity.toSeconds() < MIN_VALIDITY_SECONDS || validity.toSeconds() > MAX_VALIDITY_SECONDS) {
            throw new IllegalStateException("portal.messaging.twilio.validity must be between 1 s and 10 h");
        }
        this.statusCallbackUrl = settings.statusCallbackUrl();
        if (statusCallbackUrl != null && (!statusCallbackUrl.isAbsolute() || statusCallbackUrl.getRawFragment() != null)) {
            throw new IllegalStateException("portal.messaging.twilio.status-callback-url must be an absolute URL without #");
        }
        requirePositive(settings.connectTimeout(), "connect-timeout");
        requirePositive(settings.readTimeout(), "read-timeout");
        if (messagingServiceSid == null) {
            log.warn("SMS go out from a plain number, without a Twilio Messaging Service: Twilio ignores the "
                    + "validity period then, so a queued SMS may still arrive hours late. "
                    + "Set portal.messaging.twilio.messaging-service-sid to bound it.");
        }
        this.client = new TwilioRestClient.Builder(accountSid, authToken)
                .httpClient(new TwilioHttpClient(settings.apiBaseUrl(), settings.connectTimeout(), settings.readTimeout()))
                .build();
    }

    @Override
    public ChannelType type() {
        return ChannelType.SMS;
    }

    /**
     * One create request, never repeated here.
     *
     * @throws london.victimvoice.portal.messaging.MessageSendException with the outcome
     *         {@link TwilioFailures} gives the failure; its text never holds the number or the body
     */
    @Override
    public SendResult send(OutgoingMessage message) {
        requireSms(message);
        Message created;
        try {
            created = creator(message).create(client);
        } catch (TwilioException e) {
            throw TwilioFailures.of(e);
        }
        if (created.getSid() == null || created.getSid().isBlank()) {
            throw TwilioFailures.withoutSid();
        }
        return new SendResult(ChannelType.SMS, created.getSid());
    }

    /**
     * Lists what Twilio holds for the recipient from our sender and looks for the same body,
     * created since {@code attemptedFrom} (less {@link #CLOCK_MARGIN}).
     *
     * <p>Limits, which is why the outbox asks only after a grace period and treats anything but
     * {@link Lookup.NotFound} as "do not resend":
     * <ul>
     * <li>Twilio's lists are eventually consistent: a message created seconds ago may not be listed yet.</li>
     * <li>No {@code DateSent} filter is sent: Twilio filters by whole days and on the send date,
     * which a message still queued at Twilio does not have yet, so the filter would hide exactly the
     * message we are looking for. Dates are compared here, on {@code date_created}.</li>
     * <li>The body must match exactly; a Messaging Service that rewrites bodies (Smart Encoding)
     * would make a sent message look absent.</li>
     * <li>Two identical messages to the same person within the window cannot be told apart: Unknown.</li>
     * </ul>
     */
    @Override
    public Lookup find(OutgoingMessage message, Instant attemptedFrom) {
        requireSms(message);
        var since = attemptedFrom.minus(CLOCK_MARGIN);
        var reader = Message.reader().setTo(new PhoneNumber(message.recipient())).setPageSize((long) LOOKUP_LIMIT);
        if (messagingServiceSid == null) {
            reader.setFrom(new PhoneNumber(from));
        }
        List<String> matches = new ArrayList<>();
        int read = 0;
        try {
            for (Message listed : reader.read(client)) {
                if (++read > LOOKUP_LIMIT) {
                    return new Lookup.Unknown("Twilio lists more than " + LOOKUP_LIMIT
                            + " messages to this number; look in the Twilio console");
                }
                if (matches(listed, message, since)) {
                    matches.add(listed.getSid());
                }
            }
        } catch (TwilioException e) {
            // Not chained or quoted: the SDK's text can hold the whole listing, numbers and bodies.
            return new Lookup.Unknown("Twilio's message list could not be read (" + e.getClass().getSimpleName() + ")");
        }
        return switch (matches.size()) {
            case 0 -> new Lookup.NotFound();
            case 1 -> new Lookup.Found(matches.getFirst());
            default -> new Lookup.Unknown(matches.size() + " identical messages to this number since the attempt: "
                    + String.join(", ", matches));
        };
    }

    private boolean matches(Message listed, OutgoingMessage message, Instant since) {
        var created = listed.getDateCreated();
        return listed.getSid() != null
                && created != null && !created.toInstant().isBefore(since)
                && message.recipient().equals(listed.getTo())
                && message.body().equals(listed.getBody())
                && fromUs(listed);
    }

    private boolean fromUs(Message listed) {
        if (messagingServiceSid != null) {
            return messagingServiceSid.equals(listed.getMessagingServiceSid());
        }
        return listed.getFrom() != null && listed.getFrom().toString().equals(from);
    }

    private MessageCreator creator(OutgoingMessage message) {
        var to = new PhoneNumber(message.recipient());
        MessageCreator creator;
        if (messagingServiceSid != null) {
            creator = Message.creator(to, messagingServiceSid, message.body())
                    .setValidityPeriod((int) validity.toSeconds());
        } else {
            creator = Message.creator(to, new PhoneNumber(from), message.body());
        }
        var reference = message.reference();
        if (statusCallbackUrl != null && reference != null) {
            creator.setStatusCallback(statusCallback(statusCallbackUrl, reference));
        }
        return creator;
    }

    /** The webhook finds the outbox row by {@code ref}; a UUID needs no escaping. */
    static URI statusCallback(URI url, UUID reference) {
        var text = url.toString();
        return URI.create(text + (url.getRawQuery() == null ? "?" : "&") + "ref=" + reference);
    }

    private static void requireSms(OutgoingMessage message) {
        if (message.channel() != ChannelType.SMS) {
            throw new IllegalArgumentException("Not an SMS: " + message.channel());
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException("portal.messaging.twilio." + name + " must be positive");
        }
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
