package london.victimvoice.portal.participants;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the staff access audit: who looked at or decided on whose data, and when. */
@Entity
@Immutable
@Table(name = "staff_access_audit")
class StaffAccessRecord extends AssignedIdEntity {

    enum Action {
        VIEWED_REGISTRATION,
        APPROVED,
        DECLINED,
        VIEWED_SUPPORT_REQUEST
    }

    @Column(name = "staff_username", nullable = false, length = 100)
    private String staffUsername;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "participant_id", nullable = false, length = 36)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    protected StaffAccessRecord() {
        this.id = new UUID(0, 0);
        this.staffUsername = "";
        this.participantId = id;
        this.action = Action.VIEWED_REGISTRATION;
        this.accessedAt = Instant.EPOCH;
    }

    StaffAccessRecord(String staffUsername, UUID participantId, Action action, Instant accessedAt) {
        this.id = UUID.randomUUID();
        this.staffUsername = staffUsername;
        this.participantId = participantId;
        this.action = action;
        this.accessedAt = accessedAt;
    }

    /** Lines are only ever added. */
    @Override
    public boolean isNew() {
        return true;
    }
}
