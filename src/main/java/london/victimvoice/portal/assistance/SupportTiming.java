package london.victimvoice.portal.assistance;

/** When someone would like to talk to Victim Support about a meeting. */
public enum SupportTiming {
    BEFORE,
    AFTER,
    EITHER;

    public String labelKey() {
        return "assistance.timing." + name();
    }
}
