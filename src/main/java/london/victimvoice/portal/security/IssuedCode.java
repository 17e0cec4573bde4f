package london.victimvoice.portal.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The live code for one contact, as a hash. Tries and use are changed only by conditional updates in {@link IssuedCodes}. */
@Entity
@Table(name = "one_time_code")
class IssuedCode {

    static final int HASH_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contact_hash", nullable = false, unique = true, length = HASH_LENGTH)
    private String contactHash;

    @Column(name = "code_hash", nullable = false, length = HASH_LENGTH)
    private String codeHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int tries;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected IssuedCode() {
        this.contactHash = "";
        this.codeHash = "";
        this.issuedAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    IssuedCode(String contactHash, String codeHash, Instant issuedAt, Instant expiresAt) {
        this.contactHash = contactHash;
        this.codeHash = codeHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /** A new send: the old code stops working and the new one starts with every try. */
    void replace(String newCodeHash, Instant newIssuedAt, Instant newExpiresAt) {
        this.codeHash = newCodeHash;
        this.issuedAt = newIssuedAt;
        this.expiresAt = newExpiresAt;
        this.tries = 0;
        this.usedAt = null;
    }

    Long id() {
        return id;
    }

    String codeHash() {
        return codeHash;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    int tries() {
        return tries;
    }

    boolean used() {
        return usedAt != null;
    }
}
