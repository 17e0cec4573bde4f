package london.victimvoice.portal.messaging.devoutbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.OutgoingMessage;

/** A message that would have been sent. */
@Entity
@Table(name = "dev_outbox_message")
class DevOutboxMessage {

    /** Room for the longer of an SMS and an email body. */
    static final int BODY_MAX_LENGTH = OutgoingMessage.EMAIL_BODY_MAX_LENGTH > OutgoingMessage.SMS_BODY_MAX_LENGTH
            ? OutgoingMessage.EMAIL_BODY_MAX_LENGTH : OutgoingMessage.SMS_BODY_MAX_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // A plain VARCHAR, not the native ENUM Hibernate would expect on MariaDB.
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ChannelType channel;

    @Column(nullable = false, length = OutgoingMessage.RECIPIENT_MAX_LENGTH)
    private String recipient;

    @Column(length = OutgoingMessage.SUBJECT_MAX_LENGTH)
    private @Nullable String subject;

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = 36)
    private @Nullable String reference;

    protected DevOutboxMessage() {
    }

    DevOutboxMessage(OutgoingMessage message, Instant createdAt) {
        this.channel = message.channel();
        this.recipient = message.recipient();
        this.subject = message.subject();
        this.body = message.body();
        this.createdAt = createdAt;
        this.reference = message.reference() == null ? null : message.reference().toString();
    }

    Long id() {
        return id;
    }

    DevOutboxEntry toEntry() {
        return new DevOutboxEntry(id, channel, recipient, subject, body, createdAt,
                reference == null ? null : java.util.UUID.fromString(reference));
    }
}
