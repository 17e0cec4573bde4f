package london.victimvoice.portal.participants;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** No finder a screen could use: only erasure (by the keyed reference) and aggregate reports will read these. */
interface EqualityRecords extends Repository<EqualityRecord, UUID> {

    EqualityRecord save(EqualityRecord record);

    Optional<EqualityRecord> findByParticipantRef(String participantRef);
}
