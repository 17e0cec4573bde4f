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
import org.jspecify.annotations.Nullable;

/** An approver's decision on a sign-up: who, when, and for a decline why (sealed). Made once, never changed. */
@Entity
@Immutable
@Table(name = "registration_decision")
class RegistrationDecision extends AssignedIdEntity {

    static final String REASON = "registration_decision.reason";

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "participant_id", nullable = false, unique = true, length = 36)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ForumRequestStatus outcome;

    @Column(length = 2100)
    private byte @Nullable [] reason;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected RegistrationDecision() {
        this.id = new UUID(0, 0);
        this.participantId = id;
        this.outcome = ForumRequestStatus.APPROVED;
        this.decidedBy = "";
        this.decidedAt = Instant.EPOCH;
    }

    RegistrationDecision(UUID id, UUID participantId, ForumRequestStatus outcome, byte @Nullable [] reason,
            String decidedBy, Instant decidedAt) {
        this.id = id;
        this.participantId = participantId;
        this.outcome = outcome;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    @Override
    public boolean isNew() {
        return true;
    }
}
