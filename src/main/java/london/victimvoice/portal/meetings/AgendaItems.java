package london.victimvoice.portal.meetings;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaItems extends JpaRepository<AgendaItem, UUID> {

    List<AgendaItem> findByMeetingIdOrderBySortOrder(UUID meetingId);
}
