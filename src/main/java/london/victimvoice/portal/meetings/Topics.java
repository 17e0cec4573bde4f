package london.victimvoice.portal.meetings;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Topics extends JpaRepository<Topic, UUID> {

    List<Topic> findByMeetingId(UUID meetingId);
}
