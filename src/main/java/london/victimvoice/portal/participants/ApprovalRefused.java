package london.victimvoice.portal.participants;

/** An approval or decline that was refused; nothing changed. {@link #messageKey()} says why in plain words. */
public class ApprovalRefused extends RuntimeException {

    public static final String UNKNOWN = "approvals.error.unknown";
    public static final String ALREADY_DECIDED = "approvals.error.alreadyDecided";
    public static final String REASON_MISSING = "approvals.error.reasonMissing";
    public static final String REASON_TOO_LONG = "approvals.error.reasonTooLong";

    private final String messageKey;

    ApprovalRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
