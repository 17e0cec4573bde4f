package london.victimvoice.portal.forums;

import java.util.List;

import org.springframework.stereotype.Service;
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
        return forums.findAllByOrderBySortOrderAsc().stream()
                .map(f -> new ForumSummary(f.code(), f.acceptingMembers()))
                .toList();
    }
}
