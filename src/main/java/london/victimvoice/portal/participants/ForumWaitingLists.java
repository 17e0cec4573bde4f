package london.victimvoice.portal.participants;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on each forum's waiting list: approved, but no place was free. Only ids, so a bulk send
 * can reach them without anyone seeing who they are.
 */
@Service
public class ForumWaitingLists {

    private final ForumRequests requests;

    ForumWaitingLists(ForumRequests requests) {
        this.requests = requests;
    }

    /** The participants waiting for a place in this forum, in no particular order. */
    @Transactional(readOnly = true)
    public List<UUID> of(String forumCode) {
        return requests.findByForumCodeAndStatus(forumCode, ForumRequestStatus.WAITING_LIST).stream()
                .map(ForumRequest::participantId).toList();
    }
}
