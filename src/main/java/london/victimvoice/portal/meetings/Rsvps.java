package london.victimvoice.portal.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.participants.ForumMembers;

/**
 * Members' answers to "are you coming?", and meetings as a member sees them. {@link #answer} is
 * the one way in for an answer, from a page or (later) an SMS reply: it checks membership, the
 * meeting's status and the time itself. The address and the link are handed out only to members
 * who said they are coming, and only from {@link #DETAILS_SHOWN_BEFORE} before the start.
 */
@Service
public class Rsvps {

    public static final Duration DETAILS_SHOWN_BEFORE = Duration.ofDays(7);

    private final Meetings meetings;
    private final MeetingRsvps rsvps;
    private final ForumMembers members;
    private final Clock clock;

    Rsvps(Meetings meetings, MeetingRsvps rsvps, ForumMembers members, Clock clock) {
        this.meetings = meetings;
        this.rsvps = rsvps;
        this.members = members;
        this.clock = clock;
    }

    /**
     * Records or changes a member's answer.
     *
     * @throws MeetingRefused with {@code meetings.error.notFound} if there is no such meeting or
     *         they are not a member of its forum, and refusals for a cancelled or started meeting
     */
    @Transactional
    public MemberMeeting answer(UUID participantId, UUID meetingId, RsvpAnswer answer) {
        var meeting = meetings.findById(meetingId).filter(m -> members.isMember(participantId, m.forumCode()))
                .orElseThrow(() -> new MeetingRefused("meetings.error.notFound", MeetingField.NONE));
        var now = clock.instant();
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new MeetingRefused("meetings.error.rsvpCancelled", MeetingField.ANSWER);
        }
        if (!now.isBefore(meeting.startsAt())) {
            throw new MeetingRefused(now.isBefore(meeting.endsAt()) ? "meetings.error.rsvpStarted"
                    : "meetings.error.rsvpFinished", MeetingField.ANSWER);
        }
        var key = new MeetingRsvp.Key(meetingId, participantId);
        var rsvp = rsvps.findById(key).orElse(null);
        if (rsvp == null) {
            rsvps.save(new MeetingRsvp(meetingId, participantId, answer, now));
        } else {
            rsvp.change(answer, now);
        }
        return view(meeting, answer, now);
    }

    /** The meetings of this member's forums that have not finished, soonest first. */
    @Transactional(readOnly = true)
    public List<MemberMeeting> upcomingFor(UUID participantId) {
        var now = clock.instant();
        var found = meetings.findByForumCodeInAndEndsAtAfterOrderByStartsAt(members.forumsOf(participantId), now);
        var answers = rsvps.findByKeyParticipantIdAndKeyMeetingIdIn(participantId,
                found.stream().map(Meeting::getId).toList()).stream()
                .collect(Collectors.toMap(MeetingRsvp::meetingId, MeetingRsvp::answer));
        return found.stream().map(m -> view(m, answers.get(m.getId()), now)).toList();
    }

    /** One meeting for a member; empty if there is none or it belongs to a forum they are not in. */
    @Transactional(readOnly = true)
    public Optional<MemberMeeting> meetingFor(UUID participantId, UUID meetingId) {
        var now = clock.instant();
        return meetings.findById(meetingId).filter(m -> members.isMember(participantId, m.forumCode()))
                .map(m -> view(m, rsvps.findById(new MeetingRsvp.Key(meetingId, participantId))
                        .map(MeetingRsvp::answer).orElse(null), now));
    }

    static MemberMeeting view(Meeting m, @Nullable RsvpAnswer answer, Instant now) {
        var detailsFrom = m.startsAt().minus(DETAILS_SHOWN_BEFORE);
        var cancelled = m.status() == MeetingStatus.CANCELLED;
        var shown = answer == RsvpAnswer.COMING && !cancelled && !now.isBefore(detailsFrom) && now.isBefore(m.endsAt());
        var inPerson = m.venueAddress() != null;
        return new MemberMeeting(m.getId(), m.forumCode(), m.startsAt(), m.endsAt(), cancelled,
                !now.isBefore(m.startsAt()), m.onlineLink() != null && !inPerson, inPerson, m.stepFree(),
                m.hearingLoop(), m.nearestStation(), answer, shown ? m.venueAddress() : null,
                shown ? m.onlineLink() : null, detailsFrom, m.notes());
    }
}
