package london.victimvoice.portal.participants;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

/** A participant asked to join a forum. Owned here until the forums module takes over membership. */
@Entity
@Table(name = "forum_request")
class ForumRequest implements Persistable<UUID> {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

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

    @Transient
    private boolean stored;

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

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostPersist
    @PostLoad
    void markStored() {
        stored = true;
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

    void decide(ForumRequestStatus outcome) {
        this.status = outcome;
    }
}
