package london.victimvoice.portal.participants;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One person who signed up. Names and free-text answers are sealed by {@link DataCipher} (bound
 * to this row's id); the choices the portal offers (channels, days, times, access needs) are kept
 * in clear as comma-separated names, because messaging will select on them.
 */
@Entity
@Table(name = "participant")
class Participant extends AssignedIdEntity {

    static final String CHOSEN_NAME = "participant.chosen_name";
    static final String FULL_NAME = "participant.full_name";
    static final String SAFE_NOTE = "participant.safe_note";
    static final String PREFERRED_LANGUAGE = "participant.preferred_language";
    static final String ACCESS_NEEDS_OTHER = "participant.access_needs_other";

    @Column(name = "chosen_name", nullable = false, length = 400)
    private byte[] chosenName;

    @Column(name = "full_name", length = 560)
    private byte @Nullable [] fullName;

    @Column(name = "referral_code", length = ReferralCode.CODE_MAX_LENGTH)
    private @Nullable String referralCode;

    @Column(name = "heard_from", length = 40)
    private @Nullable String heardFrom;

    @Column(name = "safe_channels", nullable = false, length = 40)
    private String safeChannels;

    @Column(name = "safe_days", nullable = false, length = 80)
    private String safeDays;

    @Column(name = "safe_times", nullable = false, length = 40)
    private String safeTimes;

    @Column(name = "discreet_messages", nullable = false)
    private boolean discreetMessages;

    @Column(name = "safe_note", length = 2100)
    private byte @Nullable [] safeNote;

    @Column(name = "preferred_language", length = 300)
    private byte @Nullable [] preferredLanguage;

    @Column(name = "access_needs", nullable = false, length = 120)
    private String accessNeeds;

    @Column(name = "access_needs_other", length = 2100)
    private byte @Nullable [] accessNeedsOther;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Participant() {
        this.id = new UUID(0, 0);
        this.chosenName = new byte[0];
        this.safeChannels = "";
        this.safeDays = "";
        this.safeTimes = "";
        this.accessNeeds = "";
        this.submittedAt = Instant.EPOCH;
    }

    /** Every value already checked, sealed or joined by {@link Enrolment}. */
    Participant(UUID id, byte[] chosenName, byte @Nullable [] fullName, @Nullable String referralCode,
            @Nullable String heardFrom, String safeChannels, String safeDays, String safeTimes,
            boolean discreetMessages, byte @Nullable [] safeNote, byte @Nullable [] preferredLanguage,
            String accessNeeds, byte @Nullable [] accessNeedsOther, Instant submittedAt) {
        this.id = id;
        this.chosenName = chosenName;
        this.fullName = fullName;
        this.referralCode = referralCode;
        this.heardFrom = heardFrom;
        this.safeChannels = safeChannels;
        this.safeDays = safeDays;
        this.safeTimes = safeTimes;
        this.discreetMessages = discreetMessages;
        this.safeNote = safeNote;
        this.preferredLanguage = preferredLanguage;
        this.accessNeeds = accessNeeds;
        this.accessNeedsOther = accessNeedsOther;
        this.submittedAt = submittedAt;
    }

    /** Every value already checked and sealed by the caller. */
    void changeSafety(String safeChannels, String safeDays, String safeTimes, boolean discreetMessages,
            byte @Nullable [] safeNote, byte @Nullable [] preferredLanguage, String accessNeeds,
            byte @Nullable [] accessNeedsOther) {
        this.safeChannels = safeChannels;
        this.safeDays = safeDays;
        this.safeTimes = safeTimes;
        this.discreetMessages = discreetMessages;
        this.safeNote = safeNote;
        this.preferredLanguage = preferredLanguage;
        this.accessNeeds = accessNeeds;
        this.accessNeedsOther = accessNeedsOther;
    }

    byte[] chosenName() {
        return chosenName;
    }

    byte @Nullable [] fullName() {
        return fullName;
    }

    @Nullable String referralCode() {
        return referralCode;
    }

    @Nullable String heardFrom() {
        return heardFrom;
    }

    String safeChannels() {
        return safeChannels;
    }

    String safeDays() {
        return safeDays;
    }

    String safeTimes() {
        return safeTimes;
    }

    boolean discreetMessages() {
        return discreetMessages;
    }

    byte @Nullable [] safeNote() {
        return safeNote;
    }

    byte @Nullable [] preferredLanguage() {
        return preferredLanguage;
    }

    String accessNeeds() {
        return accessNeeds;
    }

    byte @Nullable [] accessNeedsOther() {
        return accessNeedsOther;
    }

    Instant submittedAt() {
        return submittedAt;
    }
}
