package london.victimvoice.portal.forums;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads the forums, in the order they are shown to people. */
@Service
public class ForumDirectory {

    private final Forums forums;

    ForumDirectory(Forums forums) {
        this.forums = forums;
    }

    @Transactional(readOnly = true)
    public List<ForumSummary> all() {
        return forums.findAllByOrderBySortOrderAsc().stream().map(ForumDirectory::summary).toList();
    }

    /**
     * Locks these forums' rows until the caller's transaction ends, so whoever gives out places in
     * them does it one at a time, and reads them under the lock. Rows are locked in code order, so two
     * callers wanting overlapping forums wait for each other instead of deadlocking. Another caller
     * waits here until this transaction commits or rolls back. Unknown codes are left out.
     *
     * @return the forums, in code order
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction,
     *         where the lock would end at once
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ForumSummary> lockForPlaces(Collection<String> codes) {
        return new TreeSet<>(codes).stream()
                .flatMap(code -> forums.lockByCode(code).stream())
                .map(ForumDirectory::summary)
                .toList();
    }

    /**
     * When this forum's members are reminded of its meetings.
     *
     * @throws IllegalArgumentException for an unknown forum
     */
    @Transactional(readOnly = true)
    public ReminderSettings reminders(String forumCode) {
        return forums.findById(forumCode).map(Forum::reminders)
                .orElseThrow(() -> new IllegalArgumentException("No forum " + forumCode));
    }

    static ForumSummary summary(Forum f) {
        return new ForumSummary(f.code(), f.capacity(), f.acceptingMembers(), f.description());
    }
}
