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

/** One item on a meeting's agenda: a member's suggestion taken up, or the coordinator's own. */
@Entity
@Table(name = "meeting_agenda_item")
class AgendaItem extends NewUntilStored<UUID> {

    static final int TEXT_MAX_LENGTH = Topic.TEXT_MAX_LENGTH;

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "meeting_id", nullable = false, length = 36)
    private UUID meetingId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "item_text", nullable = false, length = 2 * TEXT_MAX_LENGTH)
    private String text;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "topic_id", length = 36)
    private @Nullable UUID topicId;

    @Column(name = "added_by", nullable = false, length = 80)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected AgendaItem() {
        this.id = new UUID(0, 0);
        this.meetingId = id;
        this.text = "";
        this.addedBy = "";
        this.addedAt = Instant.EPOCH;
    }

    AgendaItem(UUID meetingId, int sortOrder, String text, @Nullable UUID topicId, String addedBy, Instant addedAt) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.sortOrder = sortOrder;
        this.text = text;
        this.topicId = topicId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    @Override
    public UUID getId() {
        return id;
    }

    int sortOrder() {
        return sortOrder;
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    String text() {
        return text;
    }

    @Nullable UUID topicId() {
        return topicId;
    }

    AgendaEntry entry() {
        return new AgendaEntry(id, text, topicId != null);
    }
}
