package london.victimvoice.portal.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import london.victimvoice.portal.participants.ParticipantNotices;

/**
 * "Add to calendar" files. The title is discreet ("Group meeting") unless the person turned
 * discreet messages off, because a calendar is often seen by others. The place is in the file
 * only when the page would show it to them. Times carry TZID=Europe/London with the zone's rules
 * written out in the file, never fetched from the internet.
 */
@Service
public class CalendarFiles {

    static final String TZID = "Europe/London";

    private final Rsvps rsvps;
    private final ParticipantNotices notices;
    private final MessageSource texts;
    private final Clock clock;

    CalendarFiles(Rsvps rsvps, ParticipantNotices notices, MessageSource texts, Clock clock) {
        this.rsvps = rsvps;
        this.notices = notices;
        this.texts = texts;
        this.clock = clock;
    }

    /** Empty when there is no such meeting or it is not one of their forums'. */
    public Optional<CalendarFile> forMember(UUID participantId, UUID meetingId) {
        return rsvps.meetingFor(participantId, meetingId).map(meeting -> {
            var title = notices.discreet(participantId) ? texts.getMessage("meetings.calendar.title.discreet", null,
                    Locale.UK)
                    : texts.getMessage("meetings.calendar.title.plain",
                            new Object[] {texts.getMessage("forum." + meeting.forumCode() + ".name", null, Locale.UK)},
                            Locale.UK);
            var location = meeting.venueAddress() != null ? meeting.venueAddress() : meeting.onlineLink();
            var text = ics(meetingId, title, meeting.startsAt(), meeting.endsAt(), location, meeting.cancelled(),
                    clock.instant());
            return new CalendarFile("meeting.ics", text.getBytes(StandardCharsets.UTF_8));
        });
    }

    static String ics(UUID meetingId, String title, Instant startsAt, Instant endsAt, @Nullable String location,
            boolean cancelled, Instant now) {
        var calendar = new ICalendar();
        // Nothing in the file names the service: someone else may read the calendar.
        calendar.setProductId("-//Portal//Meetings//EN");
        var event = new VEvent();
        event.setUid(meetingId + "@meetings");
        event.setDateTimeStamp(Date.from(now));
        event.setSummary(title);
        event.setDateStart(Date.from(startsAt));
        event.setDateEnd(Date.from(endsAt));
        if (location != null) {
            event.setLocation(location);
        }
        if (cancelled) {
            event.setStatus(Status.cancelled());
        }
        calendar.addEvent(event);
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(TZID), london()));
        return Biweekly.write(calendar).go();
    }

    /** Europe/London as the law has it since 1996: BST from 01:00 UTC on the last Sunday of March to the last of October. */
    static VTimezone london() {
        var zone = new VTimezone(TZID);
        var summer = new DaylightSavingsTime();
        summer.setDateStart(new DateTimeComponents(1970, 3, 29, 1, 0, 0, false));
        summer.setTimezoneOffsetFrom(new UtcOffset(true, 0, 0));
        summer.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        summer.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY)
                .build());
        summer.addTimezoneName("BST");
        var winter = new StandardTime();
        winter.setDateStart(new DateTimeComponents(1970, 10, 25, 2, 0, 0, false));
        winter.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        winter.setTimezoneOffsetTo(new UtcOffset(true, 0, 0));
        winter.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY)
                .build());
        winter.addTimezoneName("GMT");
        zone.addDaylightSavingsTime(summer);
        zone.addStandardTime(winter);
        return zone;
    }
}
