package london.victimvoice.portal.meetings;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import london.victimvoice.portal.base.NewUntilStored;

/** One member's answer about one meeting, changed in place when they change their mind. */
@Entity
@Table(name = "meeting_rsvp")
class MeetingRsvp extends NewUntilStored<MeetingRsvp.Key> {

    @Embeddable
    record Key(@JdbcTypeCode(SqlTypes.CHAR) @Column(name = "meeting_id", length = 36) UUID meetingId,
            @JdbcTypeCode(SqlTypes.CHAR) @Column(name = "participant_id", length = 36) UUID participantId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RsvpAnswer answer;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected MeetingRsvp() {
        this.key = new Key(new UUID(0, 0), new UUID(0, 0));
        this.answer = RsvpAnswer.NOT_SURE;
        this.answeredAt = Instant.EPOCH;
    }

    MeetingRsvp(UUID meetingId, UUID participantId, RsvpAnswer answer, Instant answeredAt) {
        this.key = new Key(meetingId, participantId);
        this.answer = answer;
        this.answeredAt = answeredAt;
    }

    @Override
    public Key getId() {
        return key;
    }

    UUID participantId() {
        return key.participantId();
    }

    UUID meetingId() {
        return key.meetingId();
    }

    RsvpAnswer answer() {
        return answer;
    }

    void change(RsvpAnswer answer, Instant answeredAt) {
        this.answer = answer;
        this.answeredAt = answeredAt;
    }
}
