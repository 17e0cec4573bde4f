package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.util.UUID;

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

/** One meeting of a forum, at a venue or online. Times are instants; see {@code MeetingSeries}. */
@Entity
@Table(name = "meeting")
class Meeting extends NewUntilStored<UUID> {

    static final int VENUE_ADDRESS_MAX_LENGTH = 500;
    static final int NEAREST_STATION_MAX_LENGTH = 200;
    static final int ONLINE_LINK_MAX_LENGTH = 500;
    static final int NOTES_MAX_LENGTH = 2000;

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "series_id", length = 36)
    private @Nullable UUID seriesId;

    @Column(name = "forum_code", nullable = false, length = 40)
    private String forumCode;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status;

    @Column(name = "venue_address", length = VENUE_ADDRESS_MAX_LENGTH)
    private @Nullable String venueAddress;

    @Column(name = "step_free", nullable = false)
    private boolean stepFree;

    @Column(name = "hearing_loop", nullable = false)
    private boolean hearingLoop;

    @Column(name = "nearest_station", length = NEAREST_STATION_MAX_LENGTH)
    private @Nullable String nearestStation;

    @Column(name = "online_link", length = ONLINE_LINK_MAX_LENGTH)
    private @Nullable String onlineLink;

    @Column(nullable = false)
    private int capacity;

    @Column(length = NOTES_MAX_LENGTH)
    private @Nullable String notes;

    @Version
    private int version;

    protected Meeting() {
        this.id = new UUID(0, 0);
        this.forumCode = "";
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.status = MeetingStatus.SCHEDULED;
    }

    Meeting(@Nullable UUID seriesId, String forumCode, Instant startsAt, Instant endsAt, int capacity) {
        this.id = UUID.randomUUID();
        this.seriesId = seriesId;
        this.forumCode = forumCode;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.status = MeetingStatus.SCHEDULED;
        this.capacity = capacity;
    }

    @Override
    public UUID getId() {
        return id;
    }

    MeetingSummary summary() {
        return new MeetingSummary(id, forumCode, startsAt, endsAt, status);
    }

    @Nullable UUID seriesId() {
        return seriesId;
    }

    String forumCode() {
        return forumCode;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    MeetingStatus status() {
        return status;
    }

    @Nullable String venueAddress() {
        return venueAddress;
    }

    boolean stepFree() {
        return stepFree;
    }

    boolean hearingLoop() {
        return hearingLoop;
    }

    @Nullable String nearestStation() {
        return nearestStation;
    }

    @Nullable String onlineLink() {
        return onlineLink;
    }

    int capacity() {
        return capacity;
    }

    @Nullable String notes() {
        return notes;
    }

    void place(@Nullable String venueAddress, boolean stepFree, boolean hearingLoop, @Nullable String nearestStation,
            @Nullable String onlineLink) {
        this.venueAddress = venueAddress;
        this.stepFree = stepFree;
        this.hearingLoop = hearingLoop;
        this.nearestStation = nearestStation;
        this.onlineLink = onlineLink;
    }

    void details(int capacity, @Nullable String notes) {
        this.capacity = capacity;
        this.notes = notes;
    }

    void move(Instant startsAt, Instant endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    void cancel() {
        this.status = MeetingStatus.CANCELLED;
    }

    int version() {
        return version;
    }
}
