package london.victimvoice.portal.participants;

/** What someone needs to take part in a meeting; {@link #OTHER} comes with their own words. */
public enum AccessNeed {
    BSL_INTERPRETER,
    STEP_FREE_ACCESS,
    HEARING_LOOP,
    LARGE_PRINT,
    QUIET_ROOM,
    OTHER;

    public String labelKey() {
        return "signUp.accessNeed." + name();
    }
}
