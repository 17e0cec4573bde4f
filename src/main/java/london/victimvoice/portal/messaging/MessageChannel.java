package london.victimvoice.portal.messaging;

import java.time.Instant;

/** One way out for messages of one type: a provider, or the dev outbox. */
public interface MessageChannel {

    ChannelType type();

    /**
     * Hands the message over once, with no retry and no transaction: callers decide what a failure means.
     *
     * @throws MessageSendException when the provider refuses the message or cannot be reached
     */
    SendResult send(OutgoingMessage message);

    /**
     * Asks the provider whether a message whose send ended ambiguously (a timeout, a crash) reached
     * it after all. The outbox only resends when the answer is {@link Lookup.NotFound}.
     *
     * @param attemptedFrom when the ambiguous attempt started; the provider's record can only be later
     */
    default Lookup find(OutgoingMessage message, Instant attemptedFrom) {
        return new Lookup.Unknown("this channel cannot look messages up");
    }

    /** What a provider knows about a message we may have sent. */
    sealed interface Lookup {

        /** It has the message: it counts as sent, with this reference. */
        record Found(String providerReference) implements Lookup {
        }

        /** It certainly has no such message: sending again cannot make a duplicate. */
        record NotFound() implements Lookup {
        }

        /** It could not tell (lookup failed, two matches, no lookup at all): a person must look. */
        record Unknown(String why) implements Lookup {
        }
    }
}
