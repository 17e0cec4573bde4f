package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AttendanceMarks extends JpaRepository<AttendanceMark, AttendanceMark.Key> {

    List<AttendanceMark> findByMeetingId(UUID meetingId);

    /**
     * The meeting's marks, locked until the transaction ends: two coordinators saving at once
     * queue, and the second sees the first's marks, so a change is published once, not twice.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from AttendanceMark m where m.meetingId = :meetingId")
    List<AttendanceMark> lockByMeetingId(UUID meetingId);

    @Query("select new london.victimvoice.portal.meetings.RecordedMark(a.meetingId, m.forumCode, m.startsAt,"
            + " a.participantId, a.status, a.recordedBy, a.recordedAt) from AttendanceMark a, Meeting m"
            + " where m.id = a.meetingId and a.meetingId = :meetingId and a.participantId = :participantId")
    Optional<RecordedMark> recorded(UUID meetingId, UUID participantId);

    @Query("select new london.victimvoice.portal.meetings.RecordedMark(a.meetingId, m.forumCode, m.startsAt,"
            + " a.participantId, a.status, a.recordedBy, a.recordedAt) from AttendanceMark a, Meeting m"
            + " where m.id = a.meetingId and a.status = :status and a.recordedAt >= :since"
            + " order by a.recordedAt, a.meetingId, a.participantId")
    List<RecordedMark> recordedSince(AttendanceStatus status, Instant since);
}
