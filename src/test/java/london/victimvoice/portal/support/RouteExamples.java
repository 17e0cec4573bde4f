package london.victimvoice.portal.support;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;

import org.springframework.context.ApplicationContext;

import london.victimvoice.portal.assistance.AssistanceRequests;
import london.victimvoice.portal.assistance.SupportTiming;
import london.victimvoice.portal.campaigns.Audience;
import london.victimvoice.portal.campaigns.BulkSends;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.TestMeetings;
import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.messaging.StopLinks;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.ActionOwner;
import london.victimvoice.portal.voice.ActionStatus;
import london.victimvoice.portal.voice.ConsultationStaff;
import london.victimvoice.portal.voice.Consultations;
import london.victimvoice.portal.voice.NewQuestion;
import london.victimvoice.portal.voice.NewWeDid;
import london.victimvoice.portal.voice.Questions;
import london.victimvoice.portal.voice.WeDid;

/**
 * Lets route-by-route tests open routes with parameters: a meeting of the open forum 30 days
 * ahead, a participant who is a member of that forum (so a participant sees the page rather
 * than "not found"), a support request of theirs, and the test coordinator assigned to it. Made once per Spring context.
 */
public final class RouteExamples {

    private static final String FORUM = "open";
    private static final Map<ApplicationContext, RouteExamples> BY_CONTEXT = new WeakHashMap<>();
    /** Names no question: the moderation and sign-off pages show their "no such question" state. */

    private final UUID meetingId;
    private final UUID memberId;
    private final UUID requestId;
    private final UUID campaignId;

    private String stopToken = "";
    private String questionId = "";
    private String actionId = "";
    private UUID consultationId = new UUID(0, 0);

    private RouteExamples(UUID meetingId, UUID memberId, UUID requestId, UUID campaignId) {
        this.meetingId = meetingId;
        this.memberId = memberId;
        this.requestId = requestId;
        this.campaignId = campaignId;
    }

    public static synchronized RouteExamples in(ApplicationContext context) {
        return BY_CONTEXT.computeIfAbsent(context, c -> {
            var startsAt = c.getBean(Clock.class).instant().plus(Duration.ofDays(30));
            c.getBean(ForumStewards.class).assign(FORUM, "test-" + Roles.COORDINATOR.toLowerCase());
            var meetingId = TestMeetings.create(c, FORUM, startsAt);
            var memberId = TestMembers.member(c, "Route Example", FORUM);
            var requestId = c.getBean(AssistanceRequests.class).askForSupport(memberId, meetingId,
                    SupportTiming.BEFORE, "A quiet word before we start");
            // A dry-run reminder about that meeting, scheduled for the day before it: nothing is queued.
            var coordinator = new ForumManager("test-" + Roles.COORDINATOR.toLowerCase(), false);
            var audience = new Audience(Set.of(FORUM), Audience.Membership.MEMBERS, meetingId, Audience.Rsvp.ANY,
                    Audience.Channel.ANY);
            var bulkSends = c.getBean(BulkSends.class);
            var count = bulkSends.preview(coordinator, audience, "meeting-reminder").count();
            var campaignId = bulkSends.start(coordinator, audience, "meeting-reminder", true,
                    startsAt.minus(Duration.ofDays(1)), count);
            var examples = new RouteExamples(meetingId, memberId, requestId, campaignId);
            var link = c.getBean(StopLinks.class).linkFor(memberId);
            examples.stopToken = link.substring(link.lastIndexOf('/') + 1);
            // A question open to the open forum's members for two weeks from today.
            var today = java.time.LocalDate.ofInstant(c.getBean(Clock.class).instant(),
                    java.time.ZoneId.of("Europe/London"));
            examples.questionId = c.getBean(Questions.class).post(coordinator, new NewQuestion(
                    "Feeling safe on the bus", "How safe do you feel on buses at night?",
                    "Please do not include names or places.", Set.of(FORUM), null, null, null, today,
                    today.plusDays(14))).toString();
            examples.actionId = c.getBean(WeDid.class).create(coordinator, new NewWeDid("Letters are hard to follow",
                    "Rewrite them with members", ActionOwner.MPS, ActionStatus.PLANNED, null, null, Set.of(FORUM),
                    Set.of())).toString();
            examples.consultationId = c.getBean(Consultations.class).create(new ConsultationStaff(
                    "route-examples", Set.of(Roles.COORDINATOR)), "Police and Crime Plan",
                    "What the plan should do first.");
            return examples;
        });
    }

    /** The path to open for a route template, its parameters filled in. */
    public String path(String template) {
        return template.replace(":meetingId", meetingId.toString()).replace(":requestId", requestId.toString())
                .replace(":campaignId", campaignId.toString()).replace(":token", stopToken)
                .replace(":templateId", "meeting-reminder").replace(":questionId", questionId)
                .replace(":actionId", actionId)
                .replace(":consultationId", consultationId.toString());
    }

    /** Signs in with the role; a participant signs in as the example member. */
    public void signIn(String role) {
        if (Roles.PARTICIPANT.equals(role)) {
            SignedInAs.participant(memberId);
        } else {
            SignedInAs.role(role);
        }
    }
}
