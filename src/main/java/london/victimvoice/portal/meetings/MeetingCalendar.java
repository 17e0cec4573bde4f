package london.victimvoice.portal.meetings;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.participants.ForumMembers;

/**
 * Finds meetings for other modules. A participant only ever gets meetings of forums they are a
 * member of: another forum's meeting opened by its address is "not found", exactly like a
 * meeting that does not exist, so the address tells nobody anything.
 */
@Service
public class MeetingCalendar {

    private final Meetings meetings;
    private final ForumMembers members;

    MeetingCalendar(Meetings meetings, ForumMembers members) {
        this.meetings = meetings;
        this.members = members;
    }

    @Transactional(readOnly = true)
    public Optional<MeetingSummary> find(UUID meetingId) {
        return meetings.findById(meetingId).map(Meeting::summary);
    }

    /** Empty unless the meeting exists and this participant is a member of its forum. */
    @Transactional(readOnly = true)
    public Optional<MeetingSummary> findForMember(UUID participantId, UUID meetingId) {
        return find(meetingId).filter(m -> members.isMember(participantId, m.forumCode()));
    }
}
