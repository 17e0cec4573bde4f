package london.victimvoice.portal.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.forums.ForumSummary;
import london.victimvoice.portal.participants.ForumMember;
import london.victimvoice.portal.participants.ForumMembers;
import london.victimvoice.portal.messaging.NewMessage;
import london.victimvoice.portal.participants.ParticipantNotices;

/**
 * Coordinators schedule a forum's meetings, then move, change or cancel one. Every method asks
 * {@link ForumStewards} first, so a coordinator of nothing is refused whatever page they reach.
 * Everyone who answered is told when a meeting moves or is cancelled, after the change is
 * committed; the meeting's reminders ({@link MeetingReminders}) move or are cancelled with it, in
 * the same transaction.
 */
@Service
public class MeetingPlanner {

    static final String MOVED = "meeting-moved";
    static final String CANCELLED = "meeting-cancelled";

    private final Meetings meetings;
    private final SeriesOfMeetings series;
    private final MeetingRsvps rsvps;
    private final ForumStewards stewards;
    private final ForumDirectory forums;
    private final ParticipantNotices notices;
    private final ForumMembers members;
    private final MeetingReminders reminders;
    private final Clock clock;
    private final TransactionTemplate transaction;

    MeetingPlanner(Meetings meetings, SeriesOfMeetings series, MeetingRsvps rsvps, ForumStewards stewards,
            ForumDirectory forums, ParticipantNotices notices, ForumMembers members, MeetingReminders reminders,
            Clock clock, PlatformTransactionManager transactions) {
        this.meetings = meetings;
        this.series = series;
        this.rsvps = rsvps;
        this.stewards = stewards;
        this.forums = forums;
        this.notices = notices;
        this.members = members;
        this.reminders = reminders;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The forums this person looks after, each with its meetings that have not finished. */
    @Transactional(readOnly = true)
    public List<ForumMeetings> upcoming(ForumManager manager) {
        var codes = stewards.managedBy(manager);
        var now = clock.instant();
        var found = meetings.findByForumCodeInAndEndsAtAfterOrderByStartsAt(codes, now);
        var answers = rsvps.findByKeyMeetingIdIn(found.stream().map(Meeting::getId).toList()).stream()
                .collect(Collectors.groupingBy(MeetingRsvp::meetingId));
        var byForum = found.stream().collect(Collectors.groupingBy(Meeting::forumCode));
        return codes.stream().map(code -> new ForumMeetings(code, byForum.getOrDefault(code, List.of()).stream()
                .map(m -> details(m, answers.getOrDefault(m.getId(), List.of()))).toList())).toList();
    }

    /** The forums this person may schedule meetings for, in the order people see them. */
    @Transactional(readOnly = true)
    public List<ForumSummary> forumsManagedBy(ForumManager manager) {
        var mine = stewards.managedBy(manager);
        return forums.all().stream().filter(f -> mine.contains(f.code())).toList();
    }

    /**
     * One meeting to edit; empty if there is no such meeting.
     *
     * @throws london.victimvoice.portal.forums.ForumAccessRefused if they do not look after its forum
     */
    @Transactional(readOnly = true)
    public Optional<MeetingDetails> forEditing(ForumManager manager, UUID meetingId) {
        var meeting = meetings.findById(meetingId);
        meeting.ifPresent(m -> stewards.require(manager, m.forumCode()));
        return meeting.map(m -> details(m, rsvps.findByKeyMeetingId(m.getId())));
    }

    /**
     * Makes the meetings of a new series.
     *
     * @return the new meetings' ids, soonest first
     * @throws MeetingRefused on any bad answer; nothing is saved
     */
    @Transactional
    public List<UUID> createSeries(ForumManager manager, SeriesPlan plan) {
        stewards.require(manager, plan.forumCode());
        if (plan.intervalWeeks() < 1 || plan.intervalWeeks() > SeriesPlan.MAX_INTERVAL_WEEKS) {
            throw new MeetingRefused("meetings.error.interval", MeetingField.INTERVAL);
        }
        if (plan.count() < 1 || plan.count() > SeriesPlan.MAX_COUNT) {
            throw new MeetingRefused("meetings.error.count", MeetingField.COUNT);
        }
        var now = clock.instant();
        var slots = SeriesDates.of(plan.firstDate(), plan.start(), plan.end(), plan.intervalWeeks(), plan.count());
        MeetingRules.times(slots.getFirst().startsAt(), plan.start(), plan.end(), now);
        var place = MeetingRules.place(plan.place());
        MeetingRules.capacity(plan.capacity());
        var notes = MeetingRules.notes(plan.notes());
        var run = series.save(new MeetingSeries(plan, manager.username(), now));
        var made = new ArrayList<Meeting>();
        for (var slot : slots) {
            var meeting = new Meeting(run.getId(), plan.forumCode(), slot.startsAt(), slot.endsAt(), plan.capacity());
            meeting.place(place.venueAddress(), place.stepFree(), place.hearingLoop(), place.nearestStation(),
                    place.onlineLink());
            meeting.details(plan.capacity(), notes);
            made.add(meetings.save(meeting));
        }
        // The reminders refer to the meetings' rows, written here rather than at commit.
        meetings.flush();
        reminders.planNew(plan.forumCode(), made);
        return made.stream().map(Meeting::getId).toList();
    }

    /**
     * Changes one meeting; tells those who may come if its date or time moved.
     *
     * @throws MeetingRefused on a bad answer, a cancelled or started meeting, or when someone else
     *         changed it since {@code change.version()}; nothing is saved
     */
    public MeetingDetails change(ForumManager manager, UUID meetingId, MeetingChange change) {
        var slot = SeriesDates.slot(change.date(), change.start(), change.end());
        var before = new Instant[1];
        var saved = write(() -> {
            var locked = reminders.lock(meetingId);
            var meeting = editable(manager, meetingId, change.version());
            MeetingRules.times(slot.startsAt(), change.start(), change.end(), clock.instant());
            var place = MeetingRules.place(change.place());
            MeetingRules.capacity(change.capacity());
            var notes = MeetingRules.notes(change.notes());
            before[0] = meeting.startsAt();
            var moved = !meeting.startsAt().equals(slot.startsAt()) || !meeting.endsAt().equals(slot.endsAt());
            meeting.move(slot.startsAt(), slot.endsAt());
            meeting.place(place.venueAddress(), place.stepFree(), place.hearingLoop(), place.nearestStation(),
                    place.onlineLink());
            meeting.details(change.capacity(), notes);
            var stored = meetings.saveAndFlush(meeting);
            // The reminders say the day and the start time; a new end alone leaves them as they are.
            if (!before[0].equals(stored.startsAt())) {
                reminders.moved(stored, locked);
            }
            return new Outcome(details(stored, rsvps.findByKeyMeetingId(meetingId)),
                    moved ? toTell(stored) : List.of());
        });
        for (var participant : saved.tell()) {
            notices.tell(NewMessage.to(participant, MOVED, Map.of("old_day", LondonTimes.day(before[0]),
                    "meeting_day", LondonTimes.day(slot.startsAt()), "meeting_time", LondonTimes.time(slot.startsAt()),
                    "meeting_end", LondonTimes.time(slot.endsAt()))).expiresAt(slot.startsAt()));
        }
        return saved.meeting();
    }

    /**
     * Cancels one meeting and tells those who may come.
     *
     * @throws MeetingRefused if it is already cancelled, has started, or someone else changed it
     */
    public MeetingDetails cancel(ForumManager manager, UUID meetingId, int version) {
        var saved = write(() -> {
            var locked = reminders.lock(meetingId);
            var meeting = editable(manager, meetingId, version);
            meeting.cancel();
            var stored = meetings.saveAndFlush(meeting);
            reminders.cancelled(stored, locked);
            return new Outcome(details(stored, rsvps.findByKeyMeetingId(meetingId)), toTell(stored));
        });
        var startsAt = saved.meeting().startsAt();
        for (var participant : saved.tell()) {
            notices.tell(NewMessage.to(participant, CANCELLED, Map.of("meeting_day", LondonTimes.day(startsAt),
                    "meeting_time", LondonTimes.time(startsAt))).expiresAt(startsAt));
        }
        return saved.meeting();
    }

    private record Outcome(MeetingDetails meeting, List<UUID> tell) {
    }

    private Outcome write(Supplier<Outcome> work) {
        try {
            var outcome = transaction.execute(status -> work.get());
            if (outcome == null) {
                throw new IllegalStateException("No outcome");
            }
            return outcome;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new MeetingRefused("meetings.error.changedByOther", MeetingField.NONE);
        }
    }

    private Meeting editable(ForumManager manager, UUID meetingId, int version) {
        var meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new MeetingRefused("meetings.error.notFound", MeetingField.NONE));
        stewards.require(manager, meeting.forumCode());
        if (meeting.version() != version) {
            throw new MeetingRefused("meetings.error.changedByOther", MeetingField.NONE);
        }
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new MeetingRefused("meetings.error.alreadyCancelled", MeetingField.NONE);
        }
        if (!clock.instant().isBefore(meeting.startsAt())) {
            throw new MeetingRefused("meetings.error.alreadyStarted", MeetingField.NONE);
        }
        return meeting;
    }

    /**
     * Everyone who answered, whatever they said, and is still a member: a new time may suit someone
     * who could not come, and someone who left hears nothing more. Those who never answered are
     * not told; the reminders reach them.
     */
    private List<UUID> toTell(Meeting meeting) {
        var current = members.of(meeting.forumCode()).stream()
                .map(ForumMember::participantId).collect(Collectors.toSet());
        return rsvps.findByKeyMeetingId(meeting.getId()).stream()
                .map(MeetingRsvp::participantId).filter(current::contains).sorted().toList();
    }

    static MeetingDetails details(Meeting m, List<MeetingRsvp> answers) {
        Map<RsvpAnswer, Long> counts = answers.stream()
                .collect(Collectors.groupingBy(MeetingRsvp::answer, Collectors.counting()));
        Function<RsvpAnswer, Long> count = a -> counts.getOrDefault(a, 0L);
        return new MeetingDetails(m.getId(), m.forumCode(), m.startsAt(), m.endsAt(), m.status(),
                new MeetingPlace(m.venueAddress(), m.stepFree(), m.hearingLoop(), m.nearestStation(), m.onlineLink()),
                m.capacity(), m.notes(), m.version(), count.apply(RsvpAnswer.COMING), count.apply(RsvpAnswer.NOT_SURE),
                count.apply(RsvpAnswer.NOT_COMING));
    }

    /** The capacity a new series starts with: the forum's own. */
    @Transactional(readOnly = true)
    public int defaultCapacity(String forumCode) {
        return forums.all().stream().filter(f -> f.code().equals(forumCode)).mapToInt(ForumSummary::capacity)
                .findFirst().orElse(12);
    }
}
