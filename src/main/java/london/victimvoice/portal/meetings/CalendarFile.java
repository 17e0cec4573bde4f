package london.victimvoice.portal.meetings;

/** An iCalendar file to download: name, and the text (UTF-8) as bytes. */
public record CalendarFile(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "text/calendar";
}
