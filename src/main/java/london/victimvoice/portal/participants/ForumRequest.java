package london.victimvoice.portal.participants;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A participant asked to join a forum. Owned here until the forums module takes over membership. */
@Entity
@Table(name = "forum_request")
class ForumRequest extends AssignedIdEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "participant_id", nullable = false, length = 36)
    private UUID participantId;

    @Column(name = "forum_code", nullable = false, length = 40)
    private String forumCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ForumRequestStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected ForumRequest() {
        this.id = new UUID(0, 0);
        this.participantId = id;
        this.forumCode = "";
        this.status = ForumRequestStatus.PENDING_APPROVAL;
        this.requestedAt = Instant.EPOCH;
    }

    ForumRequest(UUID participantId, String forumCode, Instant requestedAt) {
        this.id = UUID.randomUUID();
        this.participantId = participantId;
        this.forumCode = forumCode;
        this.status = ForumRequestStatus.PENDING_APPROVAL;
        this.requestedAt = requestedAt;
    }

    String forumCode() {
        return forumCode;
    }

    ForumRequestStatus status() {
        return status;
    }

    UUID participantId() {
        return participantId;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    void withdraw() {
        this.status = ForumRequestStatus.WITHDRAWN;
    }

    void decide(ForumRequestStatus outcome) {
        this.status = outcome;
    }
}
