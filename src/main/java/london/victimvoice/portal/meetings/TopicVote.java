package london.victimvoice.portal.meetings;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import london.victimvoice.portal.base.NewUntilStored;

/**
 * One member's vote for one topic. The participant id is kept (not a hash of it) because it
 * is what makes "one vote each" enforceable by the primary key, and a vote says no more about a
 * person than that they are in the forum, which staff already know.
 */
@Entity
@IdClass(TopicVote.Key.class)
@Table(name = "meeting_topic_vote")
class TopicVote extends NewUntilStored<TopicVote.Key> {

    record Key(UUID topicId, UUID participantId) implements Serializable {
        @SuppressWarnings("unused") // for Hibernate
        Key() {
            this(new UUID(0, 0), new UUID(0, 0));
        }
    }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "topic_id", length = 36)
    private UUID topicId;

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "participant_id", length = 36)
    private UUID participantId;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected TopicVote() {
        this.topicId = new UUID(0, 0);
        this.participantId = topicId;
        this.votedAt = Instant.EPOCH;
    }

    TopicVote(UUID topicId, UUID participantId, Instant votedAt) {
        this.topicId = topicId;
        this.participantId = participantId;
        this.votedAt = votedAt;
    }

    @Override
    public Key getId() {
        return new Key(topicId, participantId);
    }

    UUID topicId() {
        return topicId;
    }
}
