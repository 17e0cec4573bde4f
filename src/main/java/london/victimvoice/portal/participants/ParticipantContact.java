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

import london.victimvoice.portal.messaging.ChannelType;

/**
 * A phone number or email address of a participant: sealed, plus a keyed hash that is unique, so
 * one contact can only ever belong to one participant.
 */
@Entity
@Table(name = "participant_contact")
class ParticipantContact extends AssignedIdEntity {

    static final String RECIPIENT = "participant_contact.recipient";

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "participant_id", nullable = false, length = 36)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ChannelType channel;

    @Column(name = "contact_hash", nullable = false, unique = true, length = 64)
    private String contactHash;

    @Column(nullable = false, length = 320)
    private byte[] recipient;

    @Column(name = "verified_at")
    private @Nullable Instant verifiedAt;

    protected ParticipantContact() {
        this.id = new UUID(0, 0);
        this.participantId = id;
        this.channel = ChannelType.SMS;
        this.contactHash = "";
        this.recipient = new byte[0];
    }

    ParticipantContact(UUID id, UUID participantId, ChannelType channel, String contactHash, byte[] recipient,
            @Nullable Instant verifiedAt) {
        this.id = id;
        this.participantId = participantId;
        this.channel = channel;
        this.contactHash = contactHash;
        this.recipient = recipient;
        this.verifiedAt = verifiedAt;
    }

    ChannelType channel() {
        return channel;
    }

    byte[] recipient() {
        return recipient;
    }

    @Nullable Instant verifiedAt() {
        return verifiedAt;
    }

    UUID participantId() {
        return participantId;
    }
}
