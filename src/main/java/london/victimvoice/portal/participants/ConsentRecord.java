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

/**
 * One line of the consent ledger. Rows are only ever added: agreeing adds one, and withdrawing
 * (later) will add another, so the ledger shows what the person agreed to and when.
 */
@Entity
@Immutable
@Table(name = "consent_ledger")
class ConsentRecord extends AssignedIdEntity {

    enum Action {
        AGREED
    }

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "participant_id", nullable = false, length = 36)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    @Column(name = "privacy_notice_version", nullable = false)
    private int privacyNoticeVersion;

    @Column(name = "agreed_to_contact", nullable = false)
    private boolean agreedToContact;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConsentRecord() {
        this.id = new UUID(0, 0);
        this.participantId = id;
        this.action = Action.AGREED;
        this.recordedAt = Instant.EPOCH;
    }

    static ConsentRecord agreed(UUID participantId, int privacyNoticeVersion, boolean agreedToContact,
            Instant recordedAt) {
        var record = new ConsentRecord();
        record.id = UUID.randomUUID();
        record.participantId = participantId;
        record.action = Action.AGREED;
        record.privacyNoticeVersion = privacyNoticeVersion;
        record.agreedToContact = agreedToContact;
        record.recordedAt = recordedAt;
        return record;
    }
}
