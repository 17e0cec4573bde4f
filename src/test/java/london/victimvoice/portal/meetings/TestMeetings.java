package london.victimvoice.portal.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

/** Makes meetings for tests outside the module (no service yet makes a single meeting). */
public final class TestMeetings {

    private TestMeetings() {
    }

    /** A two-hour meeting of the forum, starting then. */
    public static UUID create(ApplicationContext context, String forumCode, Instant startsAt) {
        var meeting = new Meeting(null, forumCode, startsAt, startsAt.plus(Duration.ofHours(2)), 12);
        return context.getBean(Meetings.class).save(meeting).getId();
    }

    public static void cancel(ApplicationContext context, UUID meetingId) {
        var meetings = context.getBean(Meetings.class);
        var meeting = meetings.findById(meetingId).orElseThrow();
        meeting.cancel();
        meetings.save(meeting);
    }
}
