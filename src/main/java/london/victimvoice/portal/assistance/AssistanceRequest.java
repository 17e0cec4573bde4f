package london.victimvoice.portal.assistance;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.NewUntilStored;
import london.victimvoice.portal.participants.AccessNeed;

/** One request about one meeting. What the person wrote is sealed; see {@link #DETAILS}. */
@Entity
@Table(name = "assistance_request")
class AssistanceRequest extends NewUntilStored<UUID> {

    /** The column the sealed text is bound to: a value copied elsewhere does not open. */
    static final String DETAILS = "assistance_request.details";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "participant_id", nullable = false, length = 36)
    private UUID participantId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "meeting_id", nullable = false, length = 36)
    private UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssistanceKind kind;

    @Column(name = "access_needs", nullable = false, length = 200)
    private String accessNeeds;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_timing", length = 20)
    private @Nullable SupportTiming supportTiming;

    @Column(length = 2100)
    private byte @Nullable [] details;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssistanceStatus status;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private int version;

    protected AssistanceRequest() {
        this.id = new UUID(0, 0);
        this.participantId = id;
        this.meetingId = id;
        this.kind = AssistanceKind.SUPPORT;
        this.accessNeeds = "";
        this.status = AssistanceStatus.NEW;
        this.askedAt = Instant.EPOCH;
        this.changedAt = Instant.EPOCH;
    }

    private AssistanceRequest(UUID participantId, UUID meetingId, AssistanceKind kind, Set<AccessNeed> needs,
            @Nullable SupportTiming timing, Instant askedAt) {
        this.id = UUID.randomUUID();
        this.participantId = participantId;
        this.meetingId = meetingId;
        this.kind = kind;
        this.accessNeeds = needs.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.supportTiming = timing;
        this.status = AssistanceStatus.NEW;
        this.askedAt = askedAt;
        this.changedAt = askedAt;
    }

    static AssistanceRequest adjustments(UUID participantId, UUID meetingId, Set<AccessNeed> needs, Instant now) {
        return new AssistanceRequest(participantId, meetingId, AssistanceKind.ADJUSTMENTS, needs, null, now);
    }

    static AssistanceRequest support(UUID participantId, UUID meetingId, SupportTiming timing, Instant now) {
        return new AssistanceRequest(participantId, meetingId, AssistanceKind.SUPPORT, Set.of(), timing, now);
    }

    @Override
    public UUID getId() {
        return id;
    }

    /** Sealed by the caller against {@link #DETAILS} and this row's id. */
    void details(byte @Nullable [] sealed) {
        this.details = sealed;
    }

    void moveTo(AssistanceStatus status, Instant now) {
        this.status = status;
        this.changedAt = now;
    }

    UUID participantId() {
        return participantId;
    }

    UUID meetingId() {
        return meetingId;
    }

    AssistanceKind kind() {
        return kind;
    }

    Set<AccessNeed> accessNeeds() {
        var set = EnumSet.noneOf(AccessNeed.class);
        if (!accessNeeds.isEmpty()) {
            Arrays.stream(accessNeeds.split(",")).map(AccessNeed::valueOf).forEach(set::add);
        }
        return set;
    }

    @Nullable SupportTiming supportTiming() {
        return supportTiming;
    }

    byte @Nullable [] details() {
        return details;
    }

    AssistanceStatus status() {
        return status;
    }

    Instant askedAt() {
        return askedAt;
    }

    int version() {
        return version;
    }
}
