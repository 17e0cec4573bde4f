package london.victimvoice.portal.participants;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Participants extends JpaRepository<Participant, UUID> {
}
