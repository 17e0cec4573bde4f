package london.victimvoice.portal.forums;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which coordinators look after which forums. Every service that changes a forum or its meetings
 * asks here first, so a coordinator of nothing is refused whatever page they reach.
 */
@Service
public class ForumStewards {

    private final Forums forums;
    private final ForumCoordinators coordinators;

    ForumStewards(Forums forums, ForumCoordinators coordinators) {
        this.forums = forums;
        this.coordinators = coordinators;
    }

    /** The codes of the forums this person may manage, in the order people see forums. */
    @Transactional(readOnly = true)
    public List<String> managedBy(ForumManager manager) {
        var all = forums.findAllByOrderBySortOrderAsc().stream().map(Forum::code).toList();
        if (manager.admin()) {
            return all;
        }
        Set<String> mine = coordinators.findByStaffUsername(manager.username()).stream()
                .map(ForumCoordinator::forumCode).collect(Collectors.toSet());
        return all.stream().filter(mine::contains).toList();
    }

    @Transactional(readOnly = true)
    public boolean mayManage(ForumManager manager, String forumCode) {
        return manager.admin() ? forums.existsById(forumCode)
                : coordinators.existsByForumCodeAndStaffUsername(forumCode, manager.username());
    }

    /** @throws ForumAccessRefused unless {@link #mayManage} */
    @Transactional(readOnly = true)
    public void require(ForumManager manager, String forumCode) {
        if (!mayManage(manager, forumCode)) {
            throw new ForumAccessRefused(forumCode);
        }
    }

    /** Gives a coordinator a forum to look after; doing it twice changes nothing. */
    @Transactional
    public void assign(String forumCode, String staffUsername) {
        if (!forums.existsById(forumCode)) {
            throw new IllegalArgumentException("No forum " + forumCode);
        }
        if (!coordinators.existsByForumCodeAndStaffUsername(forumCode, staffUsername)) {
            coordinators.save(new ForumCoordinator(forumCode, staffUsername));
        }
    }

    @Transactional
    public void unassign(String forumCode, String staffUsername) {
        coordinators.deleteById(new ForumCoordinator.Key(forumCode, staffUsername));
    }

    /** The usernames of the coordinators of a forum, in alphabetical order. */
    @Transactional(readOnly = true)
    public Set<String> coordinatorsOf(String forumCode) {
        return coordinators.findByForumCodeOrderByStaffUsername(forumCode).stream()
                .map(ForumCoordinator::staffUsername).collect(Collectors.toCollection(TreeSet::new));
    }
}
