package london.victimvoice.portal.meetings;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeriesOfMeetings extends JpaRepository<MeetingSeries, UUID> {
}
