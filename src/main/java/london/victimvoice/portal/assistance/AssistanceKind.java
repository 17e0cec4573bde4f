package london.victimvoice.portal.assistance;

/** What a participant asked for about a meeting. */
public enum AssistanceKind {
    /** Changes so they can take part: the access needs list and their own words. */
    ADJUSTMENTS,
    /** To talk to someone from Victim Support before or after the meeting. */
    SUPPORT;

    public String labelKey() {
        return "assistance.kind." + name();
    }
}
