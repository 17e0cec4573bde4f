package london.victimvoice.portal.meetings;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceMarks extends JpaRepository<AttendanceMark, AttendanceMark.Key> {

    List<AttendanceMark> findByMeetingId(UUID meetingId);
}
