package london.victimvoice.portal.forums;

/** A forum change the service will not make; {@link #messageKey} says why. Nothing changed. */
public class ForumChangeRefused extends RuntimeException {

    public static final String DESCRIPTION_TOO_LONG = "forums.edit.error.descriptionTooLong";
    public static final String DESCRIPTION_MARKUP = "forums.edit.error.descriptionMarkup";
    public static final String CAPACITY_RANGE = "forums.edit.error.capacityRange";
    public static final String NOT_A_COORDINATOR = "forums.coordinators.error.notACoordinator";

    private final String messageKey;

    public ForumChangeRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Whether the message belongs to the description field (else to the capacity or the username). */
    public boolean aboutDescription() {
        return messageKey.contains("description");
    }
}
