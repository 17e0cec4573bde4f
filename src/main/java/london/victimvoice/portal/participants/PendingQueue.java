package london.victimvoice.portal.participants;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Sign-ups with a request still waiting for a decision, oldest first, a page at a time. */
@Component
class PendingQueue {

    private final EntityManager entityManager;

    PendingQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Participant> page(@Nullable String forumCode, int offset, int limit) {
        var forum = forumCode == null ? "" : " and r.forumCode = :forum";
        var query = entityManager.createQuery("select p from Participant p where exists (select r.id from"
                + " ForumRequest r where r.participantId = p.id and r.status = :pending" + forum + ")"
                + " order by p.submittedAt, p.id", Participant.class)
                .setParameter("pending", ForumRequestStatus.PENDING_APPROVAL)
                .setFirstResult(offset)
                .setMaxResults(limit);
        if (forumCode != null) {
            query.setParameter("forum", forumCode);
        }
        return query.getResultList();
    }
}
