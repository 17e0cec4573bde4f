package london.victimvoice.portal.messaging;

/** One way out for messages of one type: a provider, or the dev outbox. */
public interface MessageChannel {

    ChannelType type();

    /**
     * Hands the message over once, with no retry and no transaction: callers decide what a failure means.
     *
     * @throws MessageSendException when the provider refuses the message or cannot be reached
     */
    SendResult send(OutgoingMessage message);
}
