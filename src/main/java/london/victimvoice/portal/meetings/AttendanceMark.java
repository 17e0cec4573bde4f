package london.victimvoice.portal.meetings;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import london.victimvoice.portal.base.NewUntilStored;

/** A member's attendance at one meeting, as last marked. */
@Entity
@IdClass(AttendanceMark.Key.class)
@Table(name = "meeting_attendance")
class AttendanceMark extends NewUntilStored<AttendanceMark.Key> {

    record Key(UUID meetingId, UUID participantId) implements Serializable {
        @SuppressWarnings("unused") // for Hibernate
        Key() {
            this(new UUID(0, 0), new UUID(0, 0));
        }
    }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "meeting_id", length = 36)
    private UUID meetingId;

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "participant_id", length = 36)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AttendanceMark() {
        this.meetingId = new UUID(0, 0);
        this.participantId = meetingId;
        this.status = AttendanceStatus.ABSENT;
        this.recordedBy = "";
        this.recordedAt = Instant.EPOCH;
    }

    AttendanceMark(UUID meetingId, UUID participantId, AttendanceStatus status, String recordedBy, Instant recordedAt) {
        this.meetingId = meetingId;
        this.participantId = participantId;
        this.status = status;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    @Override
    public Key getId() {
        return new Key(meetingId, participantId);
    }

    UUID participantId() {
        return participantId;
    }

    AttendanceStatus status() {
        return status;
    }

    void change(AttendanceStatus status, String recordedBy, Instant recordedAt) {
        this.status = status;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
