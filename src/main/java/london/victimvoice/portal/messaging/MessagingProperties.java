package london.victimvoice.portal.messaging;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param delivery where messages go; without a setting they stay in the dev outbox, so a
 *                 forgotten setting never texts a real person
 */
@ConfigurationProperties("portal.messaging")
public record MessagingProperties(
        @DefaultValue("dev-outbox") Delivery delivery,
        @DefaultValue Twilio twilio,
        @DefaultValue Email email) {

    public enum Delivery {
        /** Kept in a table and listed on a staff page; never in the prod profile. */
        DEV_OUTBOX,
        /** Sent through Twilio (SMS) and SMTP (email). */
        PROVIDERS
    }

    /**
     * @param from                a number or alphanumeric sender id, used when there is no messaging service
     * @param messagingServiceSid preferred sender when set: Twilio then picks the number
     * @param apiBaseUrl          replaces {@code https://api.twilio.com}; only for a local fake Twilio in tests
     */
    public record Twilio(@Nullable String accountSid, @Nullable String authToken, @Nullable String from,
            @Nullable String messagingServiceSid, @Nullable URI apiBaseUrl) {
    }

    public record Email(@Nullable String from) {
    }
}
