package london.victimvoice.portal.assistance;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredRequests extends JpaRepository<AssistanceRequest, UUID> {

    List<AssistanceRequest> findByParticipantIdOrderByAskedAtDesc(UUID participantId);

    Slice<AssistanceRequest> findByStatusOrderByAskedAtAscIdAsc(AssistanceStatus status, Pageable page);

    Slice<AssistanceRequest> findAllByOrderByAskedAtAscIdAsc(Pageable page);
}
