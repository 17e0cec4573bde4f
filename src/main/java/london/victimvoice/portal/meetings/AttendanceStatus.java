package london.victimvoice.portal.meetings;

/** How a member's attendance at a meeting was marked. */
public enum AttendanceStatus {
    ATTENDED,
    ABSENT,
    SENT_APOLOGIES;

    public String labelKey() {
        return "attendance.status." + name();
    }
}
