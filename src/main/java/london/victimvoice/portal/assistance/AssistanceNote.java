package london.victimvoice.portal.assistance;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

/** A staff note on a request: who, when, and the text sealed against {@link #BODY}. Only ever added. */
@Entity
@Immutable
@Table(name = "assistance_note")
class AssistanceNote implements Persistable<UUID> {

    static final String BODY = "assistance_note.body";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "request_id", nullable = false, length = 36)
    private UUID requestId;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = 4100)
    private byte[] body;

    protected AssistanceNote() {
        this.id = new UUID(0, 0);
        this.requestId = id;
        this.writtenBy = "";
        this.writtenAt = Instant.EPOCH;
        this.body = new byte[0];
    }

    AssistanceNote(UUID id, UUID requestId, String writtenBy, Instant writtenAt, byte[] body) {
        this.id = id;
        this.requestId = requestId;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.body = body;
    }

    @Override
    public UUID getId() {
        return id;
    }

    /** Notes are only ever added. */
    @Override
    public boolean isNew() {
        return true;
    }

    String writtenBy() {
        return writtenBy;
    }

    Instant writtenAt() {
        return writtenAt;
    }

    byte[] body() {
        return body;
    }
}
