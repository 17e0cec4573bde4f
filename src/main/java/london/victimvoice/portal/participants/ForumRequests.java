package london.victimvoice.portal.participants;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ForumRequests extends JpaRepository<ForumRequest, UUID> {

    List<ForumRequest> findByParticipantIdOrderByForumCode(UUID participantId);

    List<ForumRequest> findByParticipantIdInOrderByForumCode(Collection<UUID> participantIds);

    List<ForumRequest> findByParticipantIdAndStatus(UUID participantId, ForumRequestStatus status);

    List<ForumRequest> findByForumCodeAndStatus(String forumCode, ForumRequestStatus status);

    long countByForumCodeAndStatus(String forumCode, ForumRequestStatus status);

    /** Forum code and how many of its requests have this status; forums with none are left out. */
    @Query("select r.forumCode, count(r) from ForumRequest r where r.status = :status group by r.forumCode")
    List<Object[]> countByForumWithStatus(@Param("status") ForumRequestStatus status);
}
