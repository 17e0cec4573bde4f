package london.victimvoice.portal.participants;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner's referral code. Codes are never deleted, only disabled, so past sign-ups keep their source. */
@Entity
@Table(name = "referral_code")
class ReferralCode {

    static final int CODE_MAX_LENGTH = 40;
    static final int PARTNER_NAME_MAX_LENGTH = 120;

    @Id
    @Column(length = CODE_MAX_LENGTH)
    private String code;

    @Column(name = "partner_name", nullable = false, length = PARTNER_NAME_MAX_LENGTH)
    private String partnerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReferralKind kind;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    protected ReferralCode() {
    }

    ReferralCode(String code, String partnerName, ReferralKind kind, Instant createdAt, String createdBy) {
        this.code = code;
        this.partnerName = partnerName;
        this.kind = kind;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    ReferralSummary summary() {
        return new ReferralSummary(code, partnerName, kind, active);
    }

    boolean active() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
