package london.victimvoice.portal.campaigns;

/**
 * A bulk send that cannot be previewed or started, with the message to show (a key in
 * messages.properties and its values) and the part of the form it is about. Nothing was saved.
 */
public class BulkSendRefused extends RuntimeException {

    /** The part of the form a refusal is about, so the page can link the error to it. */
    public enum Field {
        FORUMS, MEETING, TEMPLATE, SCHEDULE, NONE
    }

    private final String messageKey;
    private final Field field;
    private final transient Object[] values;

    public BulkSendRefused(String messageKey, Field field, Object... values) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.values = values.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Field field() {
        return field;
    }

    public Object[] values() {
        return values.clone();
    }
}
