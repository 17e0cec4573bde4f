package london.victimvoice.portal.security;

import java.time.Instant;

/**
 * What became of a request for a code.
 *
 * @param sendAgainFrom when "send again" will next be accepted: show it as the countdown, or in
 *                      the refusal ("try again after 10:42")
 */
public record CodeSendResult(Outcome outcome, Instant sendAgainFrom) {

    public enum Outcome {
        SENT,
        /** The last code went out less than the cooldown ago. */
        COOLDOWN,
        /** This phone or email had its 3 codes this hour. */
        TOO_MANY_FOR_CONTACT,
        /** Too many codes went out from this IP address this hour. */
        TOO_MANY_FROM_IP
    }

    public boolean sent() {
        return outcome == Outcome.SENT;
    }
}
