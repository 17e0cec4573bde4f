package london.victimvoice.portal.participants;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ParticipantContacts extends JpaRepository<ParticipantContact, UUID> {

    boolean existsByContactHashIn(Collection<String> contactHashes);

    List<ParticipantContact> findByParticipantId(UUID participantId);

    List<ParticipantContact> findByParticipantIdIn(Collection<UUID> participantIds);

    Optional<ParticipantContact> findByContactHash(String contactHash);

    /** The first time a code proves the contact; later proofs leave the first time as it was. */
    @Transactional
    @Modifying
    @Query("update ParticipantContact c set c.verifiedAt = :at where c.contactHash = :hash and c.verifiedAt is null")
    int markVerified(String hash, Instant at);
}
