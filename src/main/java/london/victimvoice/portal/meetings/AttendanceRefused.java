package london.victimvoice.portal.meetings;

/** Attendance could not be recorded; nothing changed. Views show the message key. */
public class AttendanceRefused extends RuntimeException {

    private final String messageKey;

    public AttendanceRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
