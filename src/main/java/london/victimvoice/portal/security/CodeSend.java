package london.victimvoice.portal.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One code sent, kept a day for the send limits. Who and from where are hashes only. */
@Entity
@Table(name = "one_time_code_send")
class CodeSend {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contact_hash", nullable = false, length = IssuedCode.HASH_LENGTH)
    private String contactHash;

    @Column(name = "ip_hash", nullable = false, length = IssuedCode.HASH_LENGTH)
    private String ipHash;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected CodeSend() {
        this.contactHash = "";
        this.ipHash = "";
        this.sentAt = Instant.EPOCH;
    }

    CodeSend(String contactHash, String ipHash, Instant sentAt) {
        this.contactHash = contactHash;
        this.ipHash = ipHash;
        this.sentAt = sentAt;
    }
}
