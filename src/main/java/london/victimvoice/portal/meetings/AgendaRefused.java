package london.victimvoice.portal.meetings;

/** A topic, vote or agenda change was refused; nothing changed. Views show the message key. */
public class AgendaRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public AgendaRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
