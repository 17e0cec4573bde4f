package london.victimvoice.portal.assistance;

/** Where a request stands; staff may move it on or back. */
public enum AssistanceStatus {
    NEW,
    IN_PROGRESS,
    DONE;

    /** Staff words. */
    public String labelKey() {
        return "assistance.status." + name();
    }

    /** The participant's words: plain, and never about what staff wrote. */
    public String participantLabelKey() {
        return "assistance.status.participant." + name();
    }
}
