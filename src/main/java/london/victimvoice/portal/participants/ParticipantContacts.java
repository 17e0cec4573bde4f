package london.victimvoice.portal.participants;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantContacts extends JpaRepository<ParticipantContact, UUID> {

    boolean existsByContactHashIn(Collection<String> contactHashes);

    List<ParticipantContact> findByParticipantId(UUID participantId);
}
