package london.victimvoice.portal.meetings;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Agendas extends JpaRepository<Agenda, UUID> {

    /** The agenda row locked until the transaction ends, so two coordinators' changes queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Agenda a where a.meetingId = :meetingId")
    Optional<Agenda> lockByMeetingId(UUID meetingId);
}
