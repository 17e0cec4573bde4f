package london.victimvoice.portal.participants;

import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Decisions are made once: saved, looked for, never changed. */
interface RegistrationDecisions extends Repository<RegistrationDecision, UUID> {

    RegistrationDecision save(RegistrationDecision decision);

    boolean existsByParticipantId(UUID participantId);
}
