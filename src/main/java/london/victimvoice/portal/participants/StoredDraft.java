package london.victimvoice.portal.participants;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A half-finished sign-up, sealed, found by the keyed hash of the contact that was proved. */
@Entity
@Table(name = "sign_up_draft")
class StoredDraft extends AssignedIdEntity {

    static final String ANSWERS = "sign_up_draft.answers";
    /** The sealed size the column takes; larger drafts are not kept (see {@link SignUpDrafts}). */
    static final int MAX_SEALED_BYTES = 32000;

    @Column(name = "contact_hash", nullable = false, unique = true, length = 64)
    private String contactHash;

    @Column(nullable = false, length = MAX_SEALED_BYTES)
    private byte[] answers;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredDraft() {
        this.id = new UUID(0, 0);
        this.contactHash = "";
        this.answers = new byte[0];
        this.updatedAt = Instant.EPOCH;
    }

    StoredDraft(UUID id, String contactHash, byte[] answers, Instant updatedAt) {
        this.id = id;
        this.contactHash = contactHash;
        this.answers = answers;
        this.updatedAt = updatedAt;
    }

    byte[] answers() {
        return answers;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    void replace(byte[] answers, Instant updatedAt) {
        this.answers = answers;
        this.updatedAt = updatedAt;
    }
}
