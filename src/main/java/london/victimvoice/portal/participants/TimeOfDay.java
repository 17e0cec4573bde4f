package london.victimvoice.portal.participants;

/** Parts of the day when contact is safe, in London time. */
public enum TimeOfDay {
    /** 8am to midday. */
    MORNING,
    /** Midday to 5pm. */
    AFTERNOON,
    /** 5pm to 8pm. */
    EVENING;

    public String labelKey() {
        return "signUp.timeOfDay." + name();
    }
}
