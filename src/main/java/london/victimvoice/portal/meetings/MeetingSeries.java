package london.victimvoice.portal.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import london.victimvoice.portal.base.NewUntilStored;

/** What a coordinator asked for when they scheduled a run of meetings; the meetings are made from it. */
@Entity
@Table(name = "meeting_series")
class MeetingSeries extends NewUntilStored<UUID> {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(name = "forum_code", nullable = false, length = 40)
    private String forumCode;

    @Column(name = "interval_weeks", nullable = false)
    private int intervalWeeks;

    @Column(name = "local_start", nullable = false)
    private LocalTime localStart;

    @Column(name = "local_end", nullable = false)
    private LocalTime localEnd;

    @Column(name = "first_date", nullable = false)
    private LocalDate firstDate;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MeetingSeries() {
        this.id = new UUID(0, 0);
        this.forumCode = "";
        this.localStart = LocalTime.MIDNIGHT;
        this.localEnd = LocalTime.MIDNIGHT;
        this.firstDate = LocalDate.EPOCH;
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    MeetingSeries(SeriesPlan plan, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.forumCode = plan.forumCode();
        this.intervalWeeks = plan.intervalWeeks();
        this.localStart = plan.start();
        this.localEnd = plan.end();
        this.firstDate = plan.firstDate();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
