package london.victimvoice.portal.meetings;

/** A member's answer to "are you coming?". */
public enum RsvpAnswer {
    COMING,
    NOT_SURE,
    NOT_COMING;

    public String labelKey() {
        return "meetings.rsvp." + name();
    }
}
