package london.victimvoice.portal.messaging;

import org.jspecify.annotations.Nullable;

/**
 * A channel could not hand a message over.
 *
 * @see #providerCode()
 */
public class MessageSendException extends RuntimeException {

    private final ChannelType channel;
    private final @Nullable String providerCode;

    public MessageSendException(ChannelType channel, @Nullable String providerCode, String message,
            @Nullable Throwable cause) {
        super(message, cause);
        this.channel = channel;
        this.providerCode = providerCode;
    }

    public ChannelType channel() {
        return channel;
    }

    /** The provider's own error code (e.g. Twilio's 21211), when it gave one. */
    public @Nullable String providerCode() {
        return providerCode;
    }
}
