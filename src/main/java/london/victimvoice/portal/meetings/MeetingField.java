package london.victimvoice.portal.meetings;

/** Which answer on a meeting form a refusal is about, so the page can link the error to its field. */
public enum MeetingField {
    FORUM, DATE, START, END, INTERVAL, COUNT, ADDRESS, STATION, LINK, CAPACITY, NOTES, ANSWER, NONE
}
