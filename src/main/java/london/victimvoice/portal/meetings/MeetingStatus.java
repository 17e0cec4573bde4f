package london.victimvoice.portal.meetings;

public enum MeetingStatus {
    SCHEDULED,
    CANCELLED
}
