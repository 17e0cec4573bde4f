package london.victimvoice.portal.meetings;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import london.victimvoice.portal.base.NewUntilStored;

/**
 * A topic a member suggested for a meeting's agenda. It has no link to who suggested it, and only
 * the day it was suggested: suggestions are "from a member", to staff as much as to members.
 */
@Entity
@Table(name = "meeting_topic")
class Topic extends NewUntilStored<UUID> {

    static final int TEXT_MAX_LENGTH = 1000;

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "meeting_id", nullable = false, length = 36)
    private UUID meetingId;

    @Column(name = "topic_text", nullable = false, length = 2 * TEXT_MAX_LENGTH)
    private String text;

    @Column(name = "suggested_on", nullable = false)
    private LocalDate suggestedOn;

    protected Topic() {
        this.id = new UUID(0, 0);
        this.meetingId = id;
        this.text = "";
        this.suggestedOn = LocalDate.EPOCH;
    }

    Topic(UUID meetingId, String text, LocalDate suggestedOn) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.text = text;
        this.suggestedOn = suggestedOn;
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID meetingId() {
        return meetingId;
    }

    String text() {
        return text;
    }

    LocalDate suggestedOn() {
        return suggestedOn;
    }
}
