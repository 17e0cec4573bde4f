package london.victimvoice.portal.messaging;

import java.util.Arrays;

/**
 * Where a message in the outbox stands. A message only ever moves to a higher {@link #rank()}, so
 * a late or repeated delivery report never turns {@code delivered} back into {@code sent}.
 */
public enum OutboxStatus {
    /** Saved and waiting to be sent, possibly at a later time (a reminder, a retry). */
    CREATED("created", 0),
    /** Waiting for the person's safe days and times, or for the end of the portal's quiet hours. */
    HELD("held", 0),
    /** A dispatcher has claimed it and may be talking to the provider. */
    SENDING("sending", 1),
    /** The provider took it. */
    SENT("sent", 2),
    DELIVERED("delivered", 3),
    /** The provider could not deliver it for now (phone off, inbox full) and gave up. */
    TEMPORARY_FAILURE("temporary-failure", 3),
    /** The provider says it can never be delivered (no such number). */
    PERMANENT_FAILURE("permanent-failure", 3),
    /** Our side failed: retries ran out, or an unclear send could not be settled. */
    TECHNICAL_FAILURE("technical-failure", 3),
    /** Not sent on purpose: opted out, no safe channel, no safe time. The reason says which. */
    SUPPRESSED("suppressed", 3),
    /** Not sent because it no longer made sense: the meeting moved or was cancelled, a send was stopped. */
    CANCELLED("cancelled", 3);

    private final String code;
    private final int rank;

    OutboxStatus(String code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    /** The stored and displayed name, as in GOV.UK Notify. */
    public String code() {
        return code;
    }

    int rank() {
        return rank;
    }

    public boolean isFinal() {
        return rank == 3;
    }

    /** Whether no dispatcher has taken it yet, so it can still be moved or cancelled. */
    public boolean isPending() {
        return rank == 0;
    }

    public static OutboxStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown outbox status: " + code));
    }

    public String labelKey() {
        return "messaging.status." + name();
    }
}
