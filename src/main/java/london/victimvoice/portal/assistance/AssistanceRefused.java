package london.victimvoice.portal.assistance;

/** A request or a change to one that was refused; nothing changed. {@link #messageKey()} says why in plain words. */
public class AssistanceRefused extends RuntimeException {

    /** No such meeting, or not one of the participant's forums: the same answer for both. */
    public static final String MEETING_NOT_FOUND = "assistance.error.meetingNotFound";
    public static final String MEETING_CANCELLED = "assistance.error.meetingCancelled";
    public static final String MEETING_STARTED = "assistance.error.meetingStarted";
    public static final String NOTHING_ASKED = "assistance.error.nothingAsked";
    public static final String OTHER_MISSING = "assistance.error.otherMissing";
    public static final String DETAILS_TOO_LONG = "assistance.error.detailsTooLong";
    public static final String DETAILS_MARKUP = "assistance.error.detailsMarkup";
    public static final String TIMING_MISSING = "assistance.error.timingMissing";
    public static final String UNKNOWN_REQUEST = "assistance.error.unknownRequest";
    public static final String STATUS_MISSING = "assistance.error.statusMissing";
    public static final String CHANGED_MEANWHILE = "assistance.error.changedMeanwhile";
    public static final String NOTE_MISSING = "assistance.error.noteMissing";
    public static final String NOTE_TOO_LONG = "assistance.error.noteTooLong";
    public static final String NOTE_MARKUP = "assistance.error.noteMarkup";

    private final String messageKey;

    AssistanceRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
