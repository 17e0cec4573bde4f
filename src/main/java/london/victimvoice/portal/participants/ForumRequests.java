package london.victimvoice.portal.participants;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForumRequests extends JpaRepository<ForumRequest, UUID> {

    List<ForumRequest> findByParticipantIdOrderByForumCode(UUID participantId);

    List<ForumRequest> findByParticipantIdInOrderByForumCode(Collection<UUID> participantIds);

    List<ForumRequest> findByParticipantIdAndStatus(UUID participantId, ForumRequestStatus status);
}
