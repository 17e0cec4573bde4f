package london.victimvoice.portal.meetings;

/** A meeting change or an answer was refused; nothing changed. Views show {@link #messageKey()}. */
public class MeetingRefused extends RuntimeException {

    private final String messageKey;
    private final MeetingField field;

    public MeetingRefused(String messageKey, MeetingField field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public MeetingField field() {
        return field;
    }
}
