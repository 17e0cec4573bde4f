package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.NewUntilStored;

/** A meeting's agenda: when members may see it. Its items are {@link AgendaItem} rows. */
@Entity
@Table(name = "meeting_agenda")
class Agenda extends NewUntilStored<UUID> {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "meeting_id", length = 36)
    private UUID meetingId;

    @Column(name = "publish_at")
    private @Nullable Instant publishAt;

    @Column(name = "publish_days_before")
    private @Nullable Integer publishDaysBefore;

    @Column(name = "published_by", length = 80)
    private @Nullable String publishedBy;

    protected Agenda() {
        this.meetingId = new UUID(0, 0);
    }

    Agenda(UUID meetingId) {
        this.meetingId = meetingId;
    }

    @Override
    public UUID getId() {
        return meetingId;
    }

    @Nullable Instant publishAt() {
        return publishAt;
    }

    @Nullable Integer publishDaysBefore() {
        return publishDaysBefore;
    }

    boolean visibleAt(Instant now) {
        return publishAt != null && !now.isBefore(publishAt);
    }

    void publish(Instant at, @Nullable Integer daysBefore, String by) {
        this.publishAt = at;
        this.publishDaysBefore = daysBefore;
        this.publishedBy = by;
    }

    void unpublish() {
        this.publishAt = null;
        this.publishDaysBefore = null;
        this.publishedBy = null;
    }
}
