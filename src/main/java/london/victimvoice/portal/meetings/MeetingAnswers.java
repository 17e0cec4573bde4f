package london.victimvoice.portal.meetings;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;

/**
 * Who answered what about one meeting, for a coordinator choosing whom to message (say, everyone
 * who has not said "not coming"). Only ids and answers: names stay where they are shown already.
 */
@Service
public class MeetingAnswers {

    private final Meetings meetings;
    private final MeetingRsvps rsvps;
    private final ForumStewards stewards;

    MeetingAnswers(Meetings meetings, MeetingRsvps rsvps, ForumStewards stewards) {
        this.meetings = meetings;
        this.rsvps = rsvps;
        this.stewards = stewards;
    }

    /**
     * Each participant who answered, with their answer; empty if there is no such meeting.
     *
     * @throws london.victimvoice.portal.forums.ForumAccessRefused if they do not look after its forum
     */
    @Transactional(readOnly = true)
    public Optional<Map<UUID, RsvpAnswer>> of(ForumManager manager, UUID meetingId) {
        var meeting = meetings.findById(meetingId);
        meeting.ifPresent(m -> stewards.require(manager, m.forumCode()));
        return meeting.map(m -> rsvps.findByKeyMeetingId(meetingId).stream()
                .collect(Collectors.toMap(MeetingRsvp::participantId, MeetingRsvp::answer)));
    }
}
