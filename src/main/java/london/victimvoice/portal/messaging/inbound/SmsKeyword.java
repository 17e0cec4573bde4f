package london.victimvoice.portal.messaging.inbound;

/** What an inbound SMS asks for; {@link SmsKeywords#parse} decides. */
public enum SmsKeyword {
    /** Coming to the next meeting. */
    YES,
    /** Not coming to the next meeting. */
    NO,
    /** Opt out of SMS (email unaffected). */
    STOP,
    /** Opt back in to SMS. */
    START,
    /** Send the help text. */
    HELP,
    /** A voucher arrived (for the voucher module). */
    RECEIVED,
    /** Anything else: answered with a short help reply. */
    OTHER
}
