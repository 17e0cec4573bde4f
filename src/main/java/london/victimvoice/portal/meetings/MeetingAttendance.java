package london.victimvoice.portal.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.participants.ForumMembers;

/**
 * Coordinators mark who attended a meeting, who was absent and who sent apologies, from an hour
 * before it starts (people arrive early) and at any time after, so a mark can be corrected later.
 * A mark is only a record: nothing is sent to the participant and nothing is blocked. Each mark
 * set or changed publishes {@link AttendanceRecorded}; marking the same again publishes nothing.
 */
@Service
public class MeetingAttendance {

    public static final Duration OPENS_BEFORE_START = Duration.ofHours(1);

    private final Meetings meetings;
    private final ForumStewards stewards;
    private final ForumMembers members;
    private final AttendanceMarks marks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingAttendance(Meetings meetings, ForumStewards stewards, ForumMembers members, AttendanceMarks marks,
            ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.stewards = stewards;
        this.members = members;
        this.marks = marks;
        this.events = events;
        this.clock = clock;
    }

    /** The forum's members in order of name, with their marks. */
    @Transactional(readOnly = true)
    public AttendanceSheet sheet(ForumManager manager, UUID meetingId) {
        var meeting = managed(manager, meetingId);
        var marked = marks.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(AttendanceMark::participantId, AttendanceMark::status));
        var lines = members.of(meeting.forumCode()).stream()
                .map(m -> new AttendanceLine(m.participantId(), m.chosenName(), marked.get(m.participantId())))
                .toList();
        return new AttendanceSheet(meeting, refusal(meeting) == null, opensAt(meeting), lines);
    }

    /**
     * Records marks for members of the meeting's forum, all or none.
     *
     * @return how many marks were set or changed (marks already as given count for nothing)
     */
    @Transactional
    public int record(ForumManager manager, UUID meetingId, Map<UUID, AttendanceStatus> given) {
        var meeting = managed(manager, meetingId);
        var refused = refusal(meeting);
        if (refused != null) {
            throw new AttendanceRefused(refused);
        }
        var forumMembers = members.of(meeting.forumCode()).stream().map(m -> m.participantId())
                .collect(Collectors.toSet());
        if (!forumMembers.containsAll(given.keySet()) || given.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new AttendanceRefused("attendance.error.notMember");
        }
        var current = marks.lockByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(AttendanceMark::participantId, Function.identity()));
        var now = clock.instant();
        var changed = 0;
        for (var entry : new TreeMap<>(given).entrySet()) {
            var mark = current.get(entry.getKey());
            var previous = mark == null ? null : mark.status();
            if (previous == entry.getValue()) {
                continue;
            }
            if (mark == null) {
                marks.save(new AttendanceMark(meetingId, entry.getKey(), entry.getValue(), manager.username(), now));
            } else {
                mark.change(entry.getValue(), manager.username(), now);
            }
            events.publishEvent(new AttendanceRecorded(meetingId, meeting.forumCode(), entry.getKey(),
                    entry.getValue(), previous, manager.username(), now));
            changed++;
        }
        try {
            marks.flush();
        } catch (DataIntegrityViolationException markedMeanwhile) {
            // Someone else gave a first mark to the same member at the same moment; their
            // transaction won. This one rolls back whole, its events unheard.
            throw new AttendanceRefused("attendance.error.meanwhile");
        }
        return changed;
    }

    /** The member's mark at the meeting as it stands now, for modules acting on attendance. */
    @Transactional(readOnly = true)
    public Optional<RecordedMark> mark(UUID meetingId, UUID participantId) {
        return marks.recorded(meetingId, participantId);
    }

    /**
     * Marks that say ATTENDED, set or last changed at or after {@code since}, oldest first: lets a
     * module that listens to {@link AttendanceRecorded} find what an event lost after commit left undone.
     */
    @Transactional(readOnly = true)
    public List<RecordedMark> attendedSince(Instant since) {
        return marks.recordedSince(AttendanceStatus.ATTENDED, since);
    }

    private static Instant opensAt(MeetingSummary meeting) {
        return meeting.startsAt().minus(OPENS_BEFORE_START);
    }

    /** Why attendance cannot be recorded now, or null when it can. */
    private @Nullable String refusal(MeetingSummary meeting) {
        if (meeting.cancelled()) {
            return "attendance.error.cancelled";
        }
        if (clock.instant().isBefore(opensAt(meeting))) {
            return "attendance.error.notYet";
        }
        return null;
    }

    private MeetingSummary managed(ForumManager manager, UUID meetingId) {
        var meeting = meetings.findById(meetingId).map(Meeting::summary)
                .orElseThrow(() -> new AttendanceRefused("attendance.error.notFound"));
        stewards.require(manager, meeting.forumCode());
        return meeting;
    }
}
