package london.victimvoice.portal.meetings;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRsvps extends JpaRepository<MeetingRsvp, MeetingRsvp.Key> {

    List<MeetingRsvp> findByKeyMeetingId(UUID meetingId);

    List<MeetingRsvp> findByKeyMeetingIdIn(Collection<UUID> meetingIds);

    List<MeetingRsvp> findByKeyParticipantIdAndKeyMeetingIdIn(UUID participantId, Collection<UUID> meetingIds);
}
