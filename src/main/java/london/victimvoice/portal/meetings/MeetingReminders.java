package london.victimvoice.portal.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumRemindersChanged;
import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.messaging.NewMessage;
import london.victimvoice.portal.messaging.Outbox;
import london.victimvoice.portal.participants.ForumMember;
import london.victimvoice.portal.participants.ForumMembers;

/**
 * Reminders of meetings, at the days before and time each forum sets, to every member who has not
 * said they are not coming. A meeting's reminders are planned rows ({@code meeting_reminder}) from
 * the moment it is made; moving it moves them, cancelling it cancels them, and changing the forum's
 * settings plans its coming meetings' reminders again. A sweep queues those whose moment has come:
 * one outbox message per member, in the transaction that marks the reminder queued, so a crash never
 * sends half and a second sweep never sends again. The outbox then picks each person's safe channel
 * and time. Changes to a meeting lock its reminder rows first, and the sweep skips locked rows, so the
 * two never act on one reminder at once.
 */
@Service
class MeetingReminders {

    static final String TEMPLATE = "meeting-reminder";
    /** The member's page of a meeting ({@code meetings.ui.MeetingView}). */
    static final String MEETING_PAGE = "/meetings/";
    private static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

    private final ReminderStore store;
    private final Meetings meetings;
    private final MeetingRsvps rsvps;
    private final ForumDirectory forums;
    private final ForumMembers members;
    private final Outbox outbox;
    private final MessagingProperties.Links links;
    private final Clock clock;
    private final TransactionTemplate transaction;

    MeetingReminders(ReminderStore store, Meetings meetings, MeetingRsvps rsvps, ForumDirectory forums,
            ForumMembers members, Outbox outbox, MessagingProperties messaging, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.meetings = meetings;
        this.rsvps = rsvps;
        this.forums = forums;
        this.members = members;
        this.outbox = outbox;
        this.links = messaging.links();
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    static String about(UUID meetingId) {
        return "meeting:" + meetingId;
    }

    /** Plans the reminders of new meetings (already flushed), at their forum's settings. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void planNew(String forumCode, Collection<Meeting> made) {
        var settings = forums.reminders(forumCode);
        var now = clock.instant();
        for (var meeting : made) {
            store.save(ReminderPlan.sync(meeting.getId(), meeting.startsAt(), List.of(), settings, now, false));
        }
    }

    /**
     * Locks a meeting's reminders before it is changed: a sweep queueing them finishes first, and none
     * starts until the change commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ReminderRow> lock(UUID meetingId) {
        return store.lock(meetingId);
    }

    /**
     * The meeting now starts at another time: messages of its reminders not yet sent carry the old
     * time and are cancelled, and its reminders are planned again for the new time.
     *
     * @param locked its rows from {@link #lock}, in this transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moved(Meeting meeting, List<ReminderRow> locked) {
        outbox.cancelPendingAbout(about(meeting.getId()), "meeting-moved");
        store.save(ReminderPlan.sync(meeting.getId(), meeting.startsAt(), locked, forums.reminders(meeting.forumCode()),
                clock.instant(), true));
    }

    /** Nothing more is sent: reminders not yet queued are cancelled, and queued messages not yet sent. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelled(Meeting meeting, List<ReminderRow> locked) {
        outbox.cancelPendingAbout(about(meeting.getId()), "meeting-cancelled");
        store.save(locked.stream().filter(r -> r.status() == ReminderStatus.PLANNED
                || r.status() == ReminderStatus.SKIPPED).map(ReminderRow::cancelled).toList());
    }

    /** Heard inside the transaction that changes the settings, so both happen or neither. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ForumRemindersChanged changed) {
        var now = clock.instant();
        var coming = meetings.findByForumCodeAndStatusAndStartsAtAfterOrderByStartsAt(changed.forumCode(),
                MeetingStatus.SCHEDULED, now);
        for (var meeting : coming) {
            var locked = store.lock(meeting.getId());
            store.save(ReminderPlan.sync(meeting.getId(), meeting.startsAt(), locked, changed.settings(), now, false));
        }
    }

    /** The reminders of a meeting, largest number of days first: for tests and the message log. */
    @Transactional(readOnly = true)
    public List<ReminderRow> of(UUID meetingId) {
        return store.of(meetingId);
    }

    /**
     * Queues every reminder whose moment has come, a few at a time, each batch in its own transaction.
     * Safe on several nodes at once.
     *
     * @return how many reminders were queued
     */
    @Scheduled(cron = "${portal.meetings.reminders.sweep:0 * * * * *}", zone = "Europe/London")
    public int sweep() {
        var queued = 0;
        while (true) {
            var batch = transaction.execute(status -> sweepBatch(clock.instant()));
            if (batch == null || batch.claimed() == 0) {
                return queued;
            }
            queued += batch.queued();
        }
    }

    private record Batch(int claimed, int queued) {
    }

    private Batch sweepBatch(Instant now) {
        var due = store.claimDue(now, BATCH);
        var messages = new ArrayList<NewMessage>();
        var done = new ArrayList<ReminderRow>();
        var membersOf = new HashMap<String, List<ForumMember>>();
        var queued = 0;
        for (var row : due) {
            var meeting = meetings.findById(row.meetingId()).orElse(null);
            if (meeting == null || meeting.status() == MeetingStatus.CANCELLED) {
                done.add(row.cancelled());
            } else if (!meeting.startsAt().isAfter(now) || store.laterOneDue(row, now)) {
                // Too late (the sweep did not run for a while): only the latest due reminder goes.
                done.add(row.skipped(row.dueAt()));
            } else {
                var forum = membersOf.computeIfAbsent(meeting.forumCode(), members::of);
                messages.addAll(messagesFor(meeting, row, forum));
                done.add(new ReminderRow(row.meetingId(), row.daysBefore(), row.dueAt(), ReminderStatus.QUEUED,
                        row.revision(), now));
                queued++;
            }
        }
        if (!messages.isEmpty()) {
            outbox.queueAll(messages);
        }
        store.save(done);
        if (!due.isEmpty()) {
            log.info("Meeting reminders: {} queued with {} messages, {} not needed", queued, messages.size(),
                    due.size() - queued);
        }
        return new Batch(due.size(), queued);
    }

    private List<NewMessage> messagesFor(Meeting meeting, ReminderRow row, List<ForumMember> forum) {
        Set<UUID> notComing = rsvps.findByKeyMeetingId(meeting.getId()).stream()
                .filter(a -> a.answer() == RsvpAnswer.NOT_COMING).map(MeetingRsvp::participantId)
                .collect(Collectors.toSet());
        var values = Map.of("meeting_day", LondonTimes.day(meeting.startsAt()),
                "meeting_time", LondonTimes.time(meeting.startsAt()),
                "meeting_end", LondonTimes.time(meeting.endsAt()),
                "link", links.to(MEETING_PAGE + meeting.getId()));
        return forum.stream().map(ForumMember::participantId).filter(id -> !notComing.contains(id))
                .map(id -> NewMessage.to(id, TEMPLATE, values).about(about(meeting.getId()))
                        .expiresAt(meeting.startsAt()).asReminder().dedupeKey(row.dedupeKey(id)))
                .toList();
    }
}
