package london.victimvoice.portal.participants;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.forums.ForumHeadcounts;

/** Answers the forums module's question of how many are in a forum, from the requests to join it. */
@Component
class ForumHeadcountsFromRequests implements ForumHeadcounts {

    private final ForumRequests requests;

    ForumHeadcountsFromRequests(ForumRequests requests) {
        this.requests = requests;
    }

    @Override
    @Transactional(readOnly = true)
    public Headcount of(String forumCode) {
        return new Headcount(requests.countByForumCodeAndStatus(forumCode, ForumRequestStatus.APPROVED),
                requests.countByForumCodeAndStatus(forumCode, ForumRequestStatus.WAITING_LIST));
    }
}
