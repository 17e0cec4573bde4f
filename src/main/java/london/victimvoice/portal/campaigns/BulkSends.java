package london.victimvoice.portal.campaigns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.forums.ForumAccessRefused;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.MeetingAnswers;
import london.victimvoice.portal.meetings.MeetingDetails;
import london.victimvoice.portal.meetings.MeetingPlanner;
import london.victimvoice.portal.meetings.RsvpAnswer;
import london.victimvoice.portal.messaging.MessageTemplate;
import london.victimvoice.portal.messaging.MessageTemplates;
import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.messaging.NewMessage;
import london.victimvoice.portal.messaging.Outbox;
import london.victimvoice.portal.messaging.OutboxStatus;
import london.victimvoice.portal.messaging.PlannedMessage;
import london.victimvoice.portal.messaging.Recipients;
import london.victimvoice.portal.messaging.TemplatePurpose;
import london.victimvoice.portal.participants.ForumMember;
import london.victimvoice.portal.participants.ForumMembers;
import london.victimvoice.portal.participants.ForumWaitingLists;

/**
 * Bulk sends for coordinators: choose an audience among the forums they look after and a
 * template, preview it, then send it now, schedule it or dry-run it. Confirming saves the
 * campaign and its audience and nothing else; {@link CampaignQueue} then puts the messages into the
 * outbox slice by slice. Every refusal says why with the numbers, and saves nothing.
 */
@Service
public class BulkSends {

    /** How many people a preview shows one by one. */
    public static final int PREVIEW_SIZE = 20;
    /** The purposes a bulk send may use: the others need values only their own feature knows. */
    public static final Set<TemplatePurpose> PURPOSES = Set.of(TemplatePurpose.CUSTOM, TemplatePurpose.MEETING_REMINDER);
    /** How far ahead a send may be scheduled. */
    public static final Duration MAX_AHEAD = Duration.ofDays(366);

    private final CampaignStore store;
    private final ForumStewards stewards;
    private final ForumMembers members;
    private final ForumWaitingLists waitingLists;
    private final MeetingPlanner planner;
    private final MeetingAnswers answers;
    private final MessageTemplates templates;
    private final Outbox outbox;
    private final Recipients recipients;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int dailyLimit;
    private final String baseUrl;

    BulkSends(CampaignStore store, ForumStewards stewards, ForumMembers members, ForumWaitingLists waitingLists,
            MeetingPlanner planner, MeetingAnswers answers, MessageTemplates templates, Outbox outbox,
            Recipients recipients, MessagingProperties messaging, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.stewards = stewards;
        this.members = members;
        this.waitingLists = waitingLists;
        this.planner = planner;
        this.answers = answers;
        this.templates = templates;
        this.outbox = outbox;
        this.recipients = recipients;
        this.events = events;
        this.clock = clock;
        this.dailyLimit = messaging.outbox().dailyLimit();
        this.baseUrl = messaging.links().baseUrl().toString().replaceFirst("/+$", "");
    }

    /** The templates a bulk send may use, by id. */
    @Transactional(readOnly = true)
    public List<MessageTemplate> templates() {
        return templates.all().stream().filter(t -> PURPOSES.contains(t.purpose())).toList();
    }

    /**
     * What the send would do: how many it reaches, and the first {@link #PREVIEW_SIZE} messages as
     * each person will get them. Saves nothing.
     *
     * @throws BulkSendRefused for an audience of no one, a forum they do not look after, an unknown template
     */
    @Transactional(readOnly = true)
    public Preview preview(ForumManager manager, Audience audience, String templateId) {
        var plan = plan(manager, audience, templateId);
        var first = plan.people.subList(0, Math.min(PREVIEW_SIZE, plan.people.size()));
        var planned = plan.previewed != null ? plan.previewed.subList(0, first.size())
                : preview(messages(plan, first, null, false));
        var visible = visibleNames(manager, audience);
        var hidden = new ArrayList<UUID>();
        first.stream().filter(id -> !visible.containsKey(id)).forEach(hidden::add);
        var names = hidden.isEmpty() ? Map.<UUID, String>of() : namesToHide(hidden);
        var lines = new ArrayList<PreviewLine>();
        for (int i = 0; i < first.size(); i++) {
            var id = first.get(i);
            var p = planned.get(i);
            var hide = names.get(id);
            lines.add(new PreviewLine(i + 1, visible.get(id), p.channel(), mask(p.subject(), hide), mask(p.body(), hide),
                    p.segments(), p.status(), p.reason(), p.sendAt()));
        }
        return new Preview(plan.people.size(), lines, remainingOn(LondonTimes.date(clock.instant())),
                plan.template.version());
    }

    /**
     * Saves a bulk send after the coordinator confirmed it for {@code confirmedCount} people; its
     * messages are queued from {@code scheduledFor} (null: now).
     *
     * @return the campaign's id
     * @throws BulkSendRefused as {@link #preview}, and for a time in the past, a send larger than
     *                         what the daily limit leaves, or an audience that changed since the preview
     */
    @Transactional
    public UUID start(ForumManager manager, Audience audience, String templateId, boolean dryRun,
            @Nullable Instant scheduledFor, int confirmedCount) {
        var now = clock.instant();
        if (scheduledFor != null && !scheduledFor.isAfter(now)) {
            throw new BulkSendRefused("bulk.error.schedulePast", BulkSendRefused.Field.SCHEDULE);
        }
        if (scheduledFor != null && scheduledFor.isAfter(now.plus(MAX_AHEAD))) {
            throw new BulkSendRefused("bulk.error.scheduleTooFar", BulkSendRefused.Field.SCHEDULE);
        }
        var plan = plan(manager, audience, templateId);
        var count = plan.people.size();
        if (count != confirmedCount) {
            throw new BulkSendRefused("bulk.error.audienceChanged", BulkSendRefused.Field.NONE, confirmedCount, count);
        }
        var when = scheduledFor == null ? now : scheduledFor;
        if (!dryRun) {
            var remaining = remainingOn(LondonTimes.date(when));
            if (count > remaining) {
                throw new BulkSendRefused("bulk.error.dailyLimit", BulkSendRefused.Field.NONE, count, remaining,
                        dailyLimit);
            }
        }
        var id = UUID.randomUUID();
        var summary = new CampaignSummary(id, manager.username(), plan.template.id(), plan.template.version(),
                audience, dryRun, when, CampaignStatus.SCHEDULED, count, 0, now, null, null);
        store.insert(new CampaignRow(summary, plan.values, plan.about, plan.expiresAt), plan.people);
        events.publishEvent(new CampaignConfirmed(id));
        return id;
    }

    /** The campaign and how far it has got; empty if there is none they may see. */
    @Transactional
    public Optional<CampaignProgress> progress(ForumManager manager, UUID campaignId) {
        var row = store.find(campaignId).filter(r -> visible(manager, r.summary()));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var counts = outbox.countByStatus(campaignId);
        var summary = row.get().summary();
        if (summary.status() == CampaignStatus.SENDING && nothingPending(counts) && store.done(campaignId, clock.instant())) {
            summary = store.find(campaignId).orElseThrow().summary();
        }
        return Optional.of(CampaignProgress.of(summary, counts));
    }

    /**
     * Stops a running send: it queues no one else, and every message not yet sent is cancelled.
     *
     * @return how many messages were cancelled
     * @throws BulkSendRefused when it has already finished (or there is no such send they may see)
     */
    @Transactional
    public int cancel(ForumManager manager, UUID campaignId) {
        var row = store.find(campaignId).filter(r -> visible(manager, r.summary()));
        if (row.isEmpty() || !store.cancel(campaignId, manager.username(), clock.instant())) {
            throw new BulkSendRefused("bulk.error.notRunning", BulkSendRefused.Field.NONE);
        }
        return outbox.cancelPendingCampaign(campaignId);
    }

    /** The latest bulk sends they may see, newest first. */
    @Transactional(readOnly = true)
    public List<CampaignSummary> recent(ForumManager manager, int limit) {
        return store.latest(Math.max(limit * 5, 100)).stream().map(CampaignRow::summary)
                .filter(c -> visible(manager, c)).limit(limit).toList();
    }

    /** The report of one send, as CSV; empty if there is none they may see. */
    @Transactional(readOnly = true)
    public Optional<String> report(ForumManager manager, UUID campaignId) {
        var row = store.find(campaignId).filter(r -> visible(manager, r.summary()));
        return row.map(r -> CampaignReport.csv(store.numbers(campaignId), outbox.forCampaign(campaignId),
                visibleNames(manager, r.summary().audience())));
    }

    /** How many more real messages may be queued on this London day. */
    @Transactional(readOnly = true)
    public int remainingOn(LocalDate day) {
        var from = day.atStartOfDay(LondonTimes.LONDON).toInstant();
        var until = day.plusDays(1).atStartOfDay(LondonTimes.LONDON).toInstant();
        var today = LondonTimes.date(clock.instant());
        var used = (day.equals(today) ? outbox.queuedToday() : 0) + store.promised(from, until);
        return Math.max(0, dailyLimit - used);
    }

    public int dailyLimit() {
        return dailyLimit;
    }

    // --- planning ---

    private static final class Plan {
        MessageTemplate template;
        Map<String, String> values = Map.of();
        @Nullable String about;
        @Nullable Instant expiresAt;
        List<UUID> people = List.of();
        @Nullable List<PlannedMessage> previewed;

        Plan(MessageTemplate template) {
            this.template = template;
        }
    }

    private Plan plan(ForumManager manager, Audience audience, String templateId) {
        var template = template(templateId);
        if (audience.forums().isEmpty()) {
            throw new BulkSendRefused("bulk.error.forums", BulkSendRefused.Field.FORUMS);
        }
        for (var forum : audience.forums()) {
            if (!stewards.mayManage(manager, forum)) {
                throw new BulkSendRefused("bulk.error.forumNotYours", BulkSendRefused.Field.FORUMS);
            }
        }
        var plan = new Plan(template);
        var meeting = meeting(manager, audience);
        plan.values = values(meeting);
        if (meeting != null) {
            plan.about = "meeting:" + meeting.id();
            plan.expiresAt = template.purpose() == TemplatePurpose.MEETING_REMINDER ? meeting.startsAt() : null;
        } else if (template.purpose() == TemplatePurpose.MEETING_REMINDER) {
            throw new BulkSendRefused("bulk.error.reminderNeedsMeeting", BulkSendRefused.Field.MEETING);
        }
        var people = new LinkedHashSet<UUID>();
        for (var forum : audience.forums().stream().sorted().toList()) {
            if (audience.membership().members()) {
                members.of(forum).stream().map(ForumMember::participantId).forEach(people::add);
            }
            if (audience.membership().waiting()) {
                people.addAll(waitingLists.of(forum));
            }
        }
        if (audience.rsvp() != Audience.Rsvp.ANY) {
            var given = answers.of(manager, meeting == null ? new UUID(0, 0) : meeting.id()).orElse(Map.of());
            people.removeIf(id -> !matches(audience.rsvp(), given.get(id)));
        }
        plan.people = List.copyOf(people);
        if (audience.channel() != Audience.Channel.ANY && !plan.people.isEmpty()) {
            var planned = preview(messages(plan, plan.people, null, false));
            var kept = new ArrayList<UUID>();
            var keptPlans = new ArrayList<PlannedMessage>();
            for (int i = 0; i < planned.size(); i++) {
                var channel = planned.get(i).channel();
                if (channel != null && channel.name().equals(audience.channel().name())) {
                    kept.add(plan.people.get(i));
                    keptPlans.add(planned.get(i));
                }
            }
            plan.people = List.copyOf(kept);
            plan.previewed = keptPlans;
        }
        if (plan.people.isEmpty()) {
            throw new BulkSendRefused("bulk.error.nobody", BulkSendRefused.Field.FORUMS);
        }
        if (plan.previewed == null) {
            // Fails now, not in the queueing job, when the template needs a value this send has not got.
            preview(messages(plan, plan.people.subList(0, 1), null, false));
        }
        return plan;
    }

    private MessageTemplate template(String templateId) {
        try {
            var template = templates.current(templateId);
            if (PURPOSES.contains(template.purpose())) {
                return template;
            }
        } catch (IllegalArgumentException unknown) {
            // Refused below, as for a template of the wrong kind.
        }
        throw new BulkSendRefused("bulk.error.template", BulkSendRefused.Field.TEMPLATE);
    }

    private @Nullable MeetingDetails meeting(ForumManager manager, Audience audience) {
        if (audience.meetingId() == null) {
            if (audience.rsvp() != Audience.Rsvp.ANY) {
                throw new BulkSendRefused("bulk.error.rsvpNeedsMeeting", BulkSendRefused.Field.MEETING);
            }
            return null;
        }
        Optional<MeetingDetails> found;
        try {
            found = planner.forEditing(manager, audience.meetingId());
        } catch (ForumAccessRefused refused) {
            found = Optional.empty();
        }
        var meeting = found.filter(m -> audience.forums().contains(m.forumCode()))
                .orElseThrow(() -> new BulkSendRefused("bulk.error.meeting", BulkSendRefused.Field.MEETING));
        if (meeting.cancelled() || !meeting.startsAt().isAfter(clock.instant())) {
            throw new BulkSendRefused("bulk.error.meetingOver", BulkSendRefused.Field.MEETING);
        }
        return meeting;
    }

    private Map<String, String> values(@Nullable MeetingDetails meeting) {
        var values = new HashMap<String, String>();
        if (meeting == null) {
            values.put("link", baseUrl);
            return values;
        }
        values.put("meeting_day", LondonTimes.day(meeting.startsAt()));
        values.put("meeting_time", LondonTimes.time(meeting.startsAt()));
        values.put("meeting_end", LondonTimes.time(meeting.endsAt()));
        values.put("link", baseUrl + "/meetings/" + meeting.id());
        return values;
    }

    private static boolean matches(Audience.Rsvp wanted, @Nullable RsvpAnswer answer) {
        return switch (wanted) {
            case ANY -> true;
            case COMING -> answer == RsvpAnswer.COMING;
            case NOT_SURE -> answer == RsvpAnswer.NOT_SURE;
            case NOT_COMING -> answer == RsvpAnswer.NOT_COMING;
            case NO_ANSWER -> answer == null;
            case NOT_NOT_COMING -> answer != RsvpAnswer.NOT_COMING;
        };
    }

    /** The messages for these people; with a campaign id, as the queueing job queues them. */
    static List<NewMessage> messages(Plan plan, List<UUID> people, @Nullable UUID campaignId, boolean dryRun) {
        return people.stream().map(id -> message(plan.template, plan.values, plan.about, plan.expiresAt, id,
                campaignId, dryRun)).toList();
    }

    static NewMessage message(MessageTemplate template, Map<String, String> values, @Nullable String about,
            @Nullable Instant expiresAt, UUID participantId, @Nullable UUID campaignId, boolean dryRun) {
        var message = NewMessage.to(participantId, template.id(), values);
        if (about != null) {
            message = message.about(about);
        }
        if (expiresAt != null) {
            message = message.expiresAt(expiresAt);
        }
        if (template.purpose() == TemplatePurpose.MEETING_REMINDER) {
            message = message.asReminder();
        }
        if (campaignId != null) {
            message = message.campaign(campaignId, dryRun).dedupeKey(dedupeKey(campaignId, participantId));
        }
        return message;
    }

    static String dedupeKey(UUID campaignId, UUID participantId) {
        return "campaign:" + campaignId + ":" + participantId;
    }

    private List<PlannedMessage> preview(List<NewMessage> messages) {
        try {
            return outbox.preview(messages);
        } catch (IllegalArgumentException missingValue) {
            throw new BulkSendRefused("bulk.error.templateNeedsMeeting", BulkSendRefused.Field.MEETING);
        }
    }

    // --- who may see what ---

    private boolean visible(ForumManager manager, CampaignSummary campaign) {
        return manager.admin() || stewards.managedBy(manager).containsAll(campaign.audience().forums());
    }

    /** Chosen names the coordinator already sees: members of the forums they look after. */
    private Map<UUID, String> visibleNames(ForumManager manager, Audience audience) {
        var names = new HashMap<UUID, String>();
        for (var forum : audience.forums()) {
            if (stewards.mayManage(manager, forum)) {
                members.of(forum).forEach(m -> names.put(m.participantId(), m.chosenName()));
            }
        }
        return names;
    }

    private Map<UUID, String> namesToHide(List<UUID> ids) {
        var names = new HashMap<UUID, String>();
        recipients.findAll(ids).forEach((id, contact) -> {
            if (!contact.name().isBlank()) {
                names.put(id, contact.name());
            }
        });
        return names;
    }

    private static @Nullable String mask(@Nullable String text, @Nullable String name) {
        return text == null || name == null ? text : text.replace(name, NAME_MARK);
    }

    /** Stands for a name the coordinator may not see. */
    public static final String NAME_MARK = "((name))";

    /** Whether no message is waiting or being sent: each went to the provider or was given up on. */
    static boolean nothingPending(Map<OutboxStatus, Integer> counts) {
        return counts.entrySet().stream().noneMatch(e -> PENDING.contains(e.getKey()) && e.getValue() > 0);
    }

    private static final Set<OutboxStatus> PENDING = Set.of(OutboxStatus.CREATED, OutboxStatus.HELD,
            OutboxStatus.SENDING);
}
