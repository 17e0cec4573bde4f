package london.victimvoice.portal.meetings;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TopicVotes extends JpaRepository<TopicVote, TopicVote.Key> {

    /** Each topic's id and its number of votes; topics without votes are left out. */
    @Query("select v.topicId, count(v) from TopicVote v where v.topicId in :topicIds group by v.topicId")
    List<Object[]> countByTopic(Collection<UUID> topicIds);

    List<TopicVote> findByParticipantIdAndTopicIdIn(UUID participantId, Collection<UUID> topicIds);

    boolean existsByTopicIdAndParticipantId(UUID topicId, UUID participantId);

    @Modifying
    @Query("delete from TopicVote v where v.topicId = :topicId and v.participantId = :participantId")
    int deleteVote(UUID topicId, UUID participantId);
}
