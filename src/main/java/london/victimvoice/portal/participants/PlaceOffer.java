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
import org.jspecify.annotations.Nullable;

/** A free place offered to someone on a forum's waiting list, theirs to take until it expires. */
@Entity
@Table(name = "place_offer")
class PlaceOffer extends AssignedIdEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "forum_request_id", nullable = false, length = 36)
    private UUID forumRequestId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "participant_id", nullable = false, length = 36)
    private UUID participantId;

    @Column(name = "forum_code", nullable = false, length = 40)
    private String forumCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlaceOfferStatus status;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    protected PlaceOffer() {
        this.id = new UUID(0, 0);
        this.forumRequestId = id;
        this.participantId = id;
        this.forumCode = "";
        this.status = PlaceOfferStatus.OPEN;
        this.offeredAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    PlaceOffer(ForumRequest request, Instant offeredAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.forumRequestId = request.getId();
        this.participantId = request.participantId();
        this.forumCode = request.forumCode();
        this.status = PlaceOfferStatus.OPEN;
        this.offeredAt = offeredAt;
        this.expiresAt = expiresAt;
    }

    UUID forumRequestId() {
        return forumRequestId;
    }

    UUID participantId() {
        return participantId;
    }

    String forumCode() {
        return forumCode;
    }

    PlaceOfferStatus status() {
        return status;
    }

    Instant offeredAt() {
        return offeredAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    @Nullable Instant endedAt() {
        return endedAt;
    }

    boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    void end(PlaceOfferStatus outcome, Instant now) {
        this.status = outcome;
        this.endedAt = now;
    }
}
