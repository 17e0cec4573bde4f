package london.victimvoice.portal.messaging;

import org.jspecify.annotations.Nullable;

/**
 * A channel could not hand a message over. {@link #outcome()} says what the outbox may do next:
 * retry, slow down, give up, or find out first whether the provider got it after all.
 *
 * @see #providerCode()
 */
public class MessageSendException extends RuntimeException {

    /** What a failure means for the message. */
    public enum Outcome {
        /** The provider said no for good (a bad number, an opted-out number): never retry. */
        REFUSED,
        /** The provider asked us to slow down (HTTP 429, Twilio 20429): retry later, and send slower. */
        RATE_LIMITED,
        /** The provider certainly did not take it (refused connection, HTTP 5xx): retry later. */
        UNAVAILABLE,
        /**
         * The request may have reached the provider (a timeout or broken connection after
         * sending, or an answer we could not read): never resend blindly, look it up first.
         */
        AMBIGUOUS
    }

    private final ChannelType channel;
    private final @Nullable String providerCode;
    private final Outcome outcome;

    public MessageSendException(ChannelType channel, @Nullable String providerCode, Outcome outcome, String message,
            @Nullable Throwable cause) {
        super(message, cause);
        this.channel = channel;
        this.providerCode = providerCode;
        this.outcome = outcome;
    }

    public ChannelType channel() {
        return channel;
    }

    /** The provider's own error code (e.g. Twilio's 21211), when it gave one. */
    public @Nullable String providerCode() {
        return providerCode;
    }

    public Outcome outcome() {
        return outcome;
    }
}
