package london.victimvoice.portal.e2e;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContext;

import london.victimvoice.portal.assistance.AssistanceRequests;
import london.victimvoice.portal.assistance.SupportTiming;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.MeetingTopics;
import london.victimvoice.portal.meetings.TestMeetings;
import london.victimvoice.portal.meetings.TestMembers;

/**
 * What the audits need before they open pages about meetings: meetings of the open forum (every
 * participant the browser tests sign in is a member of it), the test coordinator looking after
 * it, a member's topic suggestion and support request, so lists are audited with something in them.
 */
final class AuditSeeds {

    static final String FORUM = "open";

    private AuditSeeds() {
    }

    /** The ids made, by the placeholder in {@link PortalRoutes#OPENINGS} they fill. */
    static Map<String, String> meetingsAndRequests(ApplicationContext context) {
        var now = context.getBean(Clock.class).instant();
        context.getBean(ForumStewards.class).assign(FORUM, "e2e-coordinator");
        var meeting = TestMeetings.create(context, FORUM, now.plus(Duration.ofDays(3)));
        var startingSoon = TestMeetings.create(context, FORUM, now.plus(Duration.ofMinutes(30)));
        var member = TestMembers.member(context, "Sam Seeded", FORUM);
        context.getBean(MeetingTopics.class).suggest(member, meeting,
                "How officers explain what happens next after a report, and how long each step usually takes");
        var request = context.getBean(AssistanceRequests.class).askForSupport(member, meeting, SupportTiming.BEFORE,
                "I would like a quiet word with someone before the meeting starts, if that is possible.");
        var ids = new LinkedHashMap<String, String>();
        ids.put("{meeting}", meeting.toString());
        ids.put("{meeting-now}", startingSoon.toString());
        ids.put("{request}", request.toString());
        return ids;
    }
}
