package london.victimvoice.portal.voice;

/** An answer was not stored, and nothing changed. {@link #reason} says why; never carries the words. */
public class AnswerRefused extends RuntimeException {

    public enum Reason {
        EMPTY, TOO_LONG, NOT_OPEN_YET, CLOSED, ALREADY_ANSWERED, NOT_IN_AUDIENCE, NO_SUCH_QUESTION,
        BAD_CHOICE, BAD_SCALE
    }

    private final Reason reason;

    public AnswerRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The bundle key of the message a participant reads. */
    public String messageKey() {
        return "voice.answer.refused." + reason.name();
    }
}
