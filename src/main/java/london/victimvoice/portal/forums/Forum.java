package london.victimvoice.portal.forums;

import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One of the Victim Voice Forums. Who it is for is self-identified: nobody is asked for proof.
 */
@Entity
@Table(name = "forum")
class Forum {

    static final int CODE_MAX_LENGTH = 40;
    static final int DEFAULT_CAPACITY = 12;
    static final int DESCRIPTION_MAX_LENGTH = 2000;

    @Id
    @Column(length = CODE_MAX_LENGTH)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private int capacity = DEFAULT_CAPACITY;

    @Column(name = "accepting_members", nullable = false)
    private boolean acceptingMembers = true;

    /** What coordinators wrote for participants; null shows the standard description. */
    @Column(length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    /** Days before each meeting that members are reminded, as "7,1"; see {@link ReminderSettings}. */
    @Column(name = "reminder_days", nullable = false, length = 20)
    private String reminderDays = ReminderSettings.DEFAULT.stored();

    @Column(name = "reminder_time", nullable = false)
    private LocalTime reminderTime = ReminderSettings.DEFAULT.at();

    protected Forum() {
    }

    String code() {
        return code;
    }

    int sortOrder() {
        return sortOrder;
    }

    int capacity() {
        return capacity;
    }

    boolean acceptingMembers() {
        return acceptingMembers;
    }

    @Nullable String description() {
        return description;
    }

    ReminderSettings reminders() {
        return new ReminderSettings(ReminderSettings.parseStored(reminderDays), reminderTime);
    }

    /** Values already checked by {@link ForumSettings}. */
    void remindAt(ReminderSettings settings) {
        this.reminderDays = settings.stored();
        this.reminderTime = settings.at();
    }

    /** Values already checked by {@link ForumSettings}. */
    void change(@Nullable String description, int capacity, boolean acceptingMembers) {
        this.description = description;
        this.capacity = capacity;
        this.acceptingMembers = acceptingMembers;
    }
}
