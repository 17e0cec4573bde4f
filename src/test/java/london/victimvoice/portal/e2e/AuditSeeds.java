package london.victimvoice.portal.e2e;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContext;

import london.victimvoice.portal.assistance.AssistanceRequests;
import london.victimvoice.portal.assistance.SupportTiming;
import london.victimvoice.portal.campaigns.Audience;
import london.victimvoice.portal.campaigns.BulkSends;
import london.victimvoice.portal.campaigns.CampaignStatus;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.MeetingPlace;
import london.victimvoice.portal.meetings.MeetingPlanner;
import london.victimvoice.portal.meetings.MeetingTopics;
import london.victimvoice.portal.meetings.SeriesPlan;
import london.victimvoice.portal.meetings.TestMeetings;
import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.messaging.StopLinks;
import london.victimvoice.portal.voice.AnswerDraft;
import london.victimvoice.portal.voice.Answers;
import london.victimvoice.portal.voice.ChoicePart;
import london.victimvoice.portal.voice.ConsultationStaff;
import london.victimvoice.portal.voice.Consultations;
import london.victimvoice.portal.voice.NewQuestion;
import london.victimvoice.portal.voice.Questions;
import london.victimvoice.portal.voice.SubscriptionKind;
import london.victimvoice.portal.voice.VoiceSubscriptions;

/**
 * What the audits need before they open pages about meetings: meetings of the open forum (every
 * participant the browser tests sign in is a member of it), the test coordinator looking after
 * it, a member's topic suggestion and support request, so lists are audited with something in them.
 */
final class AuditSeeds {

    static final String FORUM = "open";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private AuditSeeds() {
    }

    /**
     * Two dry-run bulk sends to the forum's members: one done (given a few seconds to finish) and
     * one scheduled for tomorrow, still running. Dry runs, so no message reaches anyone.
     */
    static Map<String, String> bulkSends(ApplicationContext context, java.util.UUID meeting, java.time.Instant now) {
        var bulkSends = context.getBean(BulkSends.class);
        var coordinator = new ForumManager("e2e-coordinator", false);
        var audience = new Audience(java.util.Set.of(FORUM), Audience.Membership.MEMBERS, meeting,
                Audience.Rsvp.ANY, Audience.Channel.ANY);
        var count = bulkSends.preview(coordinator, audience, "meeting-reminder").count();
        var done = bulkSends.start(coordinator, audience, "meeting-reminder", true, null, count);
        var running = bulkSends.start(coordinator, audience, "meeting-reminder", true, now.plus(Duration.ofDays(1)),
                count);
        var until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until && bulkSends.progress(coordinator, done).orElseThrow().campaign().status()
                != CampaignStatus.DONE) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Map.of("{campaign-done}", done.toString(), "{campaign-running}", running.toString());
    }

    /** The ids made, by the placeholder in {@link PortalRoutes#OPENINGS} they fill. */
    static Map<String, String> meetingsAndRequests(ApplicationContext context) {
        var now = context.getBean(Clock.class).instant();
        context.getBean(ForumStewards.class).assign(FORUM, "e2e-coordinator");
        // Through the coordinators' own service, so the pages show a real venue with access information.
        var firstDate = LocalDate.ofInstant(now, LONDON).plusDays(3);
        var meeting = context.getBean(MeetingPlanner.class).createSeries(new ForumManager("e2e-coordinator", false),
                new SeriesPlan(FORUM, firstDate, LocalTime.of(18, 0), LocalTime.of(20, 0), 6, 2,
                        new MeetingPlace("Community Room, 1 Example Street, London SE1 7AA", true, true,
                                "Waterloo (step-free from the street)", "https://meet.example.org/group-room"),
                        12, "Tea and biscuits from 5:45pm. Tell us if you need anything to take part."))
                .getFirst();
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
        var stopLink = context.getBean(StopLinks.class).linkFor(member);
        ids.put("{stop-token}", stopLink.substring(stopLink.lastIndexOf('/') + 1));
        ids.putAll(bulkSends(context, meeting, now));
        ids.putAll(voiceAuthoring(context, now));
        return ids;
    }

    /**
     * A question to the open forum, so the staff list of questions has a line, and a consultation
     * with two questions: one answered by six people of the pool (five chose one option, one the
     * other, so its results have a "fewer than 5" cell beside a 5), and one nobody has answered.
     */
    static Map<String, String> voiceAuthoring(ApplicationContext context, java.time.Instant now) {
        var questions = context.getBean(Questions.class);
        var coordinator = new ForumManager("e2e-coordinator", false);
        var today = LocalDate.ofInstant(now, LONDON);
        questions.post(coordinator, new NewQuestion("Getting home after meetings",
                "How do you usually get home after a forum meeting, and what would make it feel safer?", "",
                java.util.Set.of(FORUM), null, new ChoicePart("What would help most?",
                        java.util.List.of("Better lighting", "A later bus", "Someone to walk with")),
                "How safe do you feel getting home?", today, today.plusDays(14)));
        var consultation = context.getBean(Consultations.class).create(new ConsultationStaff("e2e-coordinator",
                java.util.Set.of(london.victimvoice.portal.security.Roles.COORDINATOR)), "Police and Crime Plan 2030",
                "The Mayor's office is writing the next Police and Crime Plan. We want to know what matters most to you.");
        var answered = questions.post(coordinator, new NewQuestion("What should come first",
                "What should the police do first to make victims feel heard?", "", java.util.Set.of(), consultation,
                new ChoicePart("Which matters most to you?",
                        java.util.List.of("Support after a report", "Neighbourhood policing")),
                "How well do the police listen now?", today, today.plusDays(21)));
        questions.post(coordinator, new NewQuestion("Keeping in touch",
                "How would you like to hear about progress on your report?", "", java.util.Set.of(), consultation, null,
                null, today, today.plusDays(21)));
        var answers = context.getBean(Answers.class);
        var pool = context.getBean(VoiceSubscriptions.class);
        for (int i = 1; i <= 6; i++) {
            var person = TestMembers.member(context, "Pool Person " + i, FORUM);
            pool.choose(person, java.util.Set.of(SubscriptionKind.CONSULTATIONS));
            answers.submit(person, answered, new AnswerDraft("Being kept up to date after I reported, answer " + i,
                    i <= 5 ? "Support after a report" : "Neighbourhood policing", 2 + i % 2));
        }
        return Map.of("{consultation}", consultation.toString());
    }
}
