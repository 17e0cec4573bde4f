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
import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.voice.ActionOwner;
import london.victimvoice.portal.voice.ActionStatus;
import london.victimvoice.portal.voice.AnswerDraft;
import london.victimvoice.portal.voice.Answers;
import london.victimvoice.portal.voice.ChoicePart;
import london.victimvoice.portal.voice.ConsultationStaff;
import london.victimvoice.portal.voice.Consultations;
import london.victimvoice.portal.voice.Moderation;
import london.victimvoice.portal.voice.NewQuestion;
import london.victimvoice.portal.voice.NewWeDid;
import london.victimvoice.portal.voice.Questions;
import london.victimvoice.portal.voice.SignOffs;
import london.victimvoice.portal.voice.SubscriptionKind;
import london.victimvoice.portal.voice.VoiceSubscriptions;
import london.victimvoice.portal.voice.WeDid;
import london.victimvoice.portal.vouchers.ReceiptTestVouchers;
import london.victimvoice.portal.vouchers.VoucherStatus;

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
        ids.putAll(questions(context, now));
        ids.putAll(weDid(context, now));
        ids.putAll(voice(context, now));
        ids.putAll(voiceAuthoring(context, now));
        flaggedVoucher(context, now);
        vouchers(context, startingSoon, now);
        voucherBudgets(context, now);
        ids.putAll(voucherSignOffs(context, now));
        voucherCodes(context, meeting, now);
        return ids;
    }

    /**
     * A voucher of the open forum given 16 days ago and not confirmed, flagged for its
     * coordinators, so their page of vouchers to follow up has a row.
     */
    static void flaggedVoucher(ApplicationContext context, java.time.Instant now) {
        var member = TestMembers.member(context, "Alexandra Follow-Up-Needed", FORUM);
        ReceiptTestVouchers.flagged(context, member, FORUM, LondonTimes.date(now).minusDays(17),
                now.minus(Duration.ofDays(16)), ReceiptTestVouchers.newCode(), now.minus(Duration.ofDays(2)));
    }

    /**
     * A participant's thank-you vouchers: a code waiting to be confirmed, a card confirmed, and one
     * on its way, so every part of their page is audited with something in it.
     */
    static void vouchersOf(ApplicationContext context, java.util.UUID participant) {
        var now = context.getBean(Clock.class).instant();
        var today = LondonTimes.date(now);
        ReceiptTestVouchers.issued(context, participant, FORUM, today.minusDays(3), now.minus(Duration.ofDays(2)),
                ReceiptTestVouchers.newCode());
        ReceiptTestVouchers.confirmed(context, participant, FORUM, today.minusDays(31), now.minus(Duration.ofDays(30)),
                null, now.minus(Duration.ofDays(29)));
        ReceiptTestVouchers.notGiven(context, participant, FORUM, VoucherStatus.APPROVED, today.minusDays(1));
    }

    /**
     * Free e-voucher codes of £25 (the codes page shows them in its stock table) and a signed-off
     * voucher of the seeded meeting, so the issue page shows a meeting with its buttons. The
     * voucher is a plain row: requests and sign-off have their own pages and tests.
     */
    static void voucherCodes(ApplicationContext context, java.util.UUID meeting, java.time.Instant now) {
        var codes = new StringBuilder("code,value,expires\n");
        for (var i = 0; i < 3; i++) {
            codes.append("AUDIT-").append(java.util.UUID.randomUUID().toString().substring(0, 13).toUpperCase())
                    .append(",25.00,").append(i == 0 ? LocalDate.ofInstant(now, LONDON).plusYears(1) : "").append('\n');
        }
        context.getBean(london.victimvoice.portal.vouchers.VoucherCodes.class).load(codes.toString(), "audit.csv",
                "e2e-coordinator");
        var member = TestMembers.member(context, "Val Voucher", FORUM);
        var at = java.sql.Timestamp.from(now);
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update("INSERT INTO voucher (id, meeting_id,"
                + " participant_id, forum_code, meeting_day, financial_year, sponsor, value_pence, status, requested_by,"
                + " requested_at, approved_by, approved_at) VALUES (?, ?, ?, ?, ?, ?, 'MOPAC', 2500, 'APPROVED',"
                + " 'e2e-coordinator', ?, 'e2e-approver', ?)", java.util.UUID.randomUUID().toString(),
                meeting.toString(), member.toString(), FORUM, java.sql.Date.valueOf(LocalDate.ofInstant(now, LONDON)),
                london.victimvoice.portal.vouchers.FinancialYear.of(now).startYear(), at, at);
    }

    /**
     * Three questions to the open forum, each answered by three members: one with its answers
     * released for moderating ({voice-released}), one moderated and sent for sign-off
     * ({voice-submitted}) and one signed off ({voice-signed-off}), whose insight partners read.
     * Answers carry things to highlight and markup that must stay inert.
     */
    static Map<String, String> voice(ApplicationContext context, java.time.Instant now) {
        var coordinator = new ForumManager("e2e-coordinator", false);
        var questions = context.getBean(Questions.class);
        var answers = context.getBean(Answers.class);
        var moderation = context.getBean(Moderation.class);
        var today = LondonTimes.date(now);
        var members = java.util.List.of(TestMembers.member(context, "Voice Answerer One", FORUM),
                TestMembers.member(context, "Voice Answerer Two", FORUM),
                TestMembers.member(context, "Voice Answerer Three", FORUM));
        var texts = java.util.List.of(
                "My name is Jordan Blake. Nobody rang me back on 07700 900123 for three weeks after I reported it.",
                "<script>alert('hello')</script> The officer at the front desk listened and explained what happens next.",
                "I was not sure if anyone read what I wrote online. A short message to say it arrived would help.");
        var ids = new LinkedHashMap<String, String>();
        for (var stage : java.util.List.of("released", "submitted", "signed-off")) {
            var question = questions.post(coordinator, new NewQuestion("After you reported (" + stage + ")",
                    "What helped, or would have helped, after you reported a crime?", "", java.util.Set.of(FORUM),
                    null, null, null, today, today.plusDays(14)));
            for (int i = 0; i < members.size(); i++) {
                answers.submit(members.get(i), question, new AnswerDraft(texts.get(i), null, null));
            }
            ids.put("{voice-" + stage + "}", question.toString());
            if (stage.equals("released")) {
                continue;
            }
            var batch = moderation.open(coordinator, question).orElseThrow();
            var insight = moderation.createInsight(coordinator, question, "People want to hear back after reporting",
                    "Most people who answered waited a long time to hear anything, and a short message would help.",
                    "keeping people informed");
            for (var answer : batch.answers()) {
                if (answer.answer().text() != null && answer.answer().text().startsWith("My name is")) {
                    moderation.redact(coordinator, question, answer.answer().id(),
                            "My name is [name]. Nobody rang me back on [phone number] for three weeks after I reported it.");
                }
                moderation.group(coordinator, question, answer.answer().id(), insight);
            }
            moderation.submit(coordinator, question, batch.version());
            if (stage.equals("signed-off")) {
                var signOffs = context.getBean(SignOffs.class);
                var submitted = signOffs.open("e2e-seed-approver", question).orElseThrow();
                signOffs.signOff("e2e-seed-approver", question, submitted.version());
            }
        }
        return ids;
    }

    /**
     * A question open to the open forum for two weeks, with guidance, a choice and a scale, so the
     * answer page is audited with every part of its form.
     */
    static Map<String, String> questions(ApplicationContext context, java.time.Instant now) {
        var today = LocalDate.ofInstant(now, LONDON);
        var question = context.getBean(Questions.class).post(new ForumManager("e2e-coordinator", false),
                new NewQuestion("Feeling safe when you report a crime",
                        "Think about the last time you reported a crime, or thought about reporting one. "
                                + "What would have made you feel safer doing it?",
                        "Please do not include names, addresses or places that could identify you or anyone else.",
                        java.util.Set.of(FORUM), null,
                        new ChoicePart("How did you report it?", java.util.List.of("In person at a police station",
                                "By phone", "Online", "I did not report it")),
                        "How safe did you feel?", today, today.plusDays(14)));
        return Map.of("{question}", question.toString());
    }

    /**
     * "You said, we did" entries of the open forum in every status, long words included; the one
     * the audit opens ({action}) went from planned through in progress to not possible, with a reason.
     */
    static Map<String, String> weDid(ApplicationContext context, java.time.Instant now) {
        var weDid = context.getBean(WeDid.class);
        var coordinator = new ForumManager("e2e-coordinator", false);
        var due = LocalDate.ofInstant(now, LONDON).plusMonths(3);
        java.util.function.BiFunction<ActionStatus, String, NewWeDid> entry = (status, reason) -> new NewWeDid(
                "People said the letters they get after reporting a crime are long, hard to follow and arrive weeks"
                        + " after they were promised, so they do not know what is happening with their case.",
                "Rewrite the standard letters in plain English with forum members, test them with a group of"
                        + " volunteers and send the first update within 10 working days.",
                ActionOwner.MPS, status, reason, due, java.util.Set.of(FORUM), java.util.Set.of());
        weDid.create(coordinator, entry.apply(ActionStatus.PLANNED, null));
        var done = weDid.create(coordinator, entry.apply(ActionStatus.IN_PROGRESS, null));
        weDid.change(coordinator, done, 0, entry.apply(ActionStatus.DONE, null), "The new letters went out in March.");
        var story = weDid.create(coordinator, entry.apply(ActionStatus.PLANNED, null));
        weDid.change(coordinator, story, 0, entry.apply(ActionStatus.IN_PROGRESS, null), "A first draft is with the team.");
        weDid.change(coordinator, story, 1, entry.apply(ActionStatus.NOT_POSSIBLE,
                "The wording of some letters is set by law, so it cannot be changed by the police alone."),
                "We have asked the Ministry of Justice to look at it.");
        return Map.of("{action}", story.toString());
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

    /**
     * Vouchers for the meeting starting soon, one at each stage and one withdrawn, so the
     * reconciliation page (this financial year by default) is audited with a meeting row and totals.
     * Plain rows, as the voucher services' own tables hold them.
     */
    static void vouchers(ApplicationContext context, java.util.UUID meeting, java.time.Instant now) {
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        var day = LondonTimes.date(now);
        var at = java.sql.Timestamp.from(now);
        var stages = java.util.List.of("REQUESTED", "APPROVED", "ISSUED", "CONFIRMED", "WITHDRAWN");
        for (var status : stages) {
            var person = TestMembers.member(context, "Voucher Seeded " + (stages.indexOf(status) + 1), FORUM);
            var signedOff = !status.equals("REQUESTED") && !status.equals("WITHDRAWN");
            var issued = status.equals("ISSUED") || status.equals("CONFIRMED");
            jdbc.update("INSERT INTO voucher (id, meeting_id, participant_id, forum_code, meeting_day, financial_year,"
                    + " sponsor, value_pence, status, requested_by, requested_at, approved_by, approved_at, delivery,"
                    + " issued_by, issued_at, confirmed_at, confirmed_via) VALUES (?, ?, ?, ?, ?, ?, 'MOPAC', 2500, ?,"
                    + " 'e2e-coordinator', ?, ?, ?, ?, ?, ?, ?, ?)", java.util.UUID.randomUUID().toString(),
                    meeting.toString(), person.toString(), FORUM, day,
                    london.victimvoice.portal.vouchers.FinancialYear.of(day).startYear(), status, at,
                    signedOff ? "e2e-approver" : null, signedOff ? at : null, issued ? "CODE" : null,
                    issued ? "e2e-coordinator" : null, issued ? at : null, status.equals("CONFIRMED") ? at : null,
                    status.equals("CONFIRMED") ? "PORTAL" : null);
        }
    }

    /**
     * This financial year's voucher budgets: MOPAC's with most of it spent (so its warning shows),
     * an override, and an entry reversed, so the budgets page is audited with every kind of line.
     */
    static void voucherBudgets(ApplicationContext context, java.time.Instant now) {
        var budgets = context.getBean(london.victimvoice.portal.vouchers.VoucherBudgets.class);
        var admin = new london.victimvoice.portal.vouchers.BudgetStaff("e2e-admin", true);
        var year = london.victimvoice.portal.vouchers.FinancialYear.of(now);
        var mopac = london.victimvoice.portal.vouchers.Sponsor.MOPAC;
        budgets.allot(admin, year, mopac, 100_000, "Money for thank-you vouchers this year");
        var mistake = budgets.allot(admin, year, london.victimvoice.portal.vouchers.Sponsor.CITY_OF_LONDON, 50_000,
                "City of London contribution");
        budgets.reverse(admin, mistake.id(), "Entered before the City confirmed it");
        budgets.allow(admin, year, mopac, 5_000, "Two extra meetings before the end of March");
        // Signed-off vouchers, as the sign-off charges them: plain ledger rows, as no public service spends.
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        for (int i = 0; i < 34; i++) {
            jdbc.update("INSERT INTO voucher_ledger (id, financial_year, sponsor, account, amount_pence, voucher_id,"
                    + " reason, recorded_by, recorded_at) VALUES (?, ?, 'MOPAC', 'SPENT', 2500, ?, 'voucher signed off',"
                    + " 'e2e-approver', ?)", java.util.UUID.randomUUID().toString(), year.startYear(),
                    java.util.UUID.randomUUID().toString(), java.sql.Timestamp.from(now));
        }
    }

    /**
     * Vouchers of the open forum: a meeting two days ago whose vouchers are waiting, signed off,
     * sent with a code, received and withdrawn, with this year's budget over 80% spent
     * ({vouchers-meeting}); one whose attendance the audit's approver recorded, so they may not sign
     * it off ({vouchers-own}); and one three years ago, in a year with no budget ({vouchers-no-budget}).
     */
    static Map<String, String> voucherSignOffs(ApplicationContext context, java.time.Instant now) {
        var attendance = context.getBean(london.victimvoice.portal.meetings.MeetingAttendance.class);
        var attended = london.victimvoice.portal.meetings.AttendanceStatus.ATTENDED;
        var coordinator = new ForumManager("e2e-coordinator", false);
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        var meeting = TestMeetings.create(context, FORUM, now.minus(Duration.ofDays(2)));
        var people = new java.util.ArrayList<java.util.UUID>();
        for (var name : java.util.List.of("Alex Voucher", "<b>Bo</b> Voucher", "Chris Voucher",
                "Dee Voucher", "Eli Voucher", "Flo Voucher")) {
            people.add(TestMembers.member(context, name, FORUM));
        }
        var marks = new java.util.HashMap<java.util.UUID, london.victimvoice.portal.meetings.AttendanceStatus>();
        people.forEach(p -> marks.put(p, attended));
        attendance.record(coordinator, meeting, marks);
        attendance.record(coordinator, meeting,
                Map.of(people.getLast(), london.victimvoice.portal.meetings.AttendanceStatus.ABSENT));
        java.util.function.Function<java.util.UUID, java.util.UUID> voucherOf = p -> java.util.UUID.fromString(
                jdbc.queryForObject("SELECT id FROM voucher WHERE meeting_id = ? AND participant_id = ?", String.class,
                        meeting.toString(), p.toString()));
        var year = london.victimvoice.portal.vouchers.FinancialYear.of(now.minus(Duration.ofDays(2)));
        london.victimvoice.portal.vouchers.SignOffFixtures.allot(context, year,
                london.victimvoice.portal.vouchers.Sponsor.MOPAC, 3 * 2500 + 1000);
        for (var person : people.subList(2, 5)) {
            london.victimvoice.portal.vouchers.SignOffFixtures.signOff(context, "e2e-seed-approver",
                    voucherOf.apply(person));
        }
        london.victimvoice.portal.vouchers.SignOffFixtures.issueWithCode(context, voucherOf.apply(people.get(3)),
                "SEED-CODE-4321");
        london.victimvoice.portal.vouchers.SignOffFixtures.issueWithCode(context, voucherOf.apply(people.get(4)),
                "SEED-CODE-8765");
        jdbc.update("UPDATE voucher SET status = 'CONFIRMED', confirmed_at = CURRENT_TIMESTAMP, confirmed_via = 'PORTAL'"
                + " WHERE id = ?", voucherOf.apply(people.get(4)).toString());

        var own = TestMeetings.create(context, FORUM, now.minus(Duration.ofDays(3)));
        attendance.record(new ForumManager("e2e-approver", true), own, Map.of(people.getFirst(), attended));
        var noBudget = TestMeetings.create(context, FORUM, now.minus(Duration.ofDays(3 * 365)));
        attendance.record(coordinator, noBudget, Map.of(people.getFirst(), attended, people.get(2), attended));
        return Map.of("{vouchers-meeting}", meeting.toString(), "{vouchers-own}", own.toString(),
                "{vouchers-no-budget}", noBudget.toString());
    }
}
