package london.victimvoice.portal.messaging;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;

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
        @DefaultValue Email email,
        @DefaultValue Outbox outbox,
        @DefaultValue Links links) {

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
     * @param validity            how long Twilio may keep an SMS queued before dropping it (1 s to 10 h); only
     *                            honoured with a messaging service, Twilio ignores it for a plain from-number
     * @param statusCallbackUrl   public URL of the delivery-status webhook; each SMS adds {@code ?ref=<outbox id>}
     * @param connectTimeout      how long to wait for a connection to Twilio (then it certainly got nothing)
     * @param readTimeout         how long to wait for Twilio's answer once the request is sent (then it may have it)
     */
    public record Twilio(@Nullable String accountSid, @Nullable String authToken, @Nullable String from,
            @Nullable String messagingServiceSid, @Nullable URI apiBaseUrl,
            @DefaultValue("4h") Duration validity, @Nullable URI statusCallbackUrl,
            @DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {
    }

    public record Email(@Nullable String from) {
    }

    /**
     * @param dispatch      {@code background}: a dispatcher thread sends after commit and on every poll;
     *                      {@code after-commit}: the committing thread sends at once (tests that read
     *                      the dev outbox straight after an action); {@code off}: nothing is sent by
     *                      this node (a node that only serves pages, or a test that sends by hand)
     * @param node          this node's name in claims; random per start unless set
     * @param pollInterval  how often due messages (held, scheduled, retried) are looked for
     * @param batchSize     messages claimed at once; small, so a crash leaves few to settle
     * @param sendThreads   provider calls in flight at once
     * @param claimLease    a claim not acted on for this long is taken back (its node died)
     * @param settleAfter   an unanswered provider call is looked up at the provider after this long
     * @param quietHours    nothing is sent between these London times, whatever a person chose
     * @param dailyLimit    most messages a bulk send may bring the day's total to
     * @param keepTextFor   how long the words of a finished message are kept (they may hold a name)
     */
    public record Outbox(@DefaultValue("background") Dispatch dispatch, @Nullable String node,
            @DefaultValue("2s") Duration pollInterval, @DefaultValue("20") int batchSize,
            @DefaultValue("4") int sendThreads, @DefaultValue("2m") Duration claimLease,
            @DefaultValue("90s") Duration settleAfter, @DefaultValue Retry retry,
            @DefaultValue("20:00") LocalTime quietFrom, @DefaultValue("08:00") LocalTime quietUntil,
            @DefaultValue Pacing pacing, @DefaultValue("5000") int dailyLimit,
            @DefaultValue("30d") Duration keepTextFor) {

        public QuietHours quietHours() {
            return new QuietHours(quietFrom, quietUntil);
        }
    }

    public enum Dispatch {
        BACKGROUND, AFTER_COMMIT, OFF
    }

    public record Retry(@DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration firstDelay,
            @DefaultValue("30m") Duration maxDelay) {
    }

    /** SMS segments per second: per sender under Twilio's 10 per UK long code, and over all senders. */
    public record Pacing(@DefaultValue("9") double segmentsPerSecondPerSender,
            @DefaultValue("30") double globalSegmentsPerSecond, @DefaultValue("60s") Duration maxBackoff) {
    }

    /**
     * @param baseUrl the portal's public address, for links in messages
     * @param key     base64, at least 32 bytes: signs one-click stop links (random per start if unset)
     */
    public record Links(@DefaultValue("http://localhost:8080") URI baseUrl, @Nullable String key) {

        /** The portal's public address of a page, for a link in a message: {@code to("/meetings/1")}. */
        public String to(String path) {
            return baseUrl.toString().replaceFirst("/+$", "") + (path.startsWith("/") ? path : "/" + path);
        }
    }
}
