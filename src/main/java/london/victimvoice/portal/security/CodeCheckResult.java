package london.victimvoice.portal.security;

/**
 * What became of a code someone typed.
 *
 * @param triesLeft for {@link Outcome#WRONG}: how many more tries this code allows (0 means the
 *                  next one is refused, so ask for a new code); 0 for every other outcome
 */
public record CodeCheckResult(Outcome outcome, int triesLeft) {

    public enum Outcome {
        /** The person owns the contact. The code is now used up. */
        VERIFIED,
        /** Not the code, or not 6 digits at all; either way one try is used. */
        WRONG,
        /** Older than its lifetime: send a new one. */
        EXPIRED,
        /** Every try of this code is used, even if this one was right: send a new one. */
        TOO_MANY_TRIES,
        /** No code was sent to this contact, or it was already used. */
        NO_CODE
    }

    static CodeCheckResult of(Outcome outcome) {
        return new CodeCheckResult(outcome, 0);
    }

    static CodeCheckResult wrong(int triesLeft) {
        return new CodeCheckResult(Outcome.WRONG, triesLeft);
    }

    public boolean verified() {
        return outcome == Outcome.VERIFIED;
    }
}
