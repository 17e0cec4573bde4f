package london.victimvoice.portal.participants;

import java.util.List;
import java.util.UUID;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlaceOffers extends JpaRepository<PlaceOffer, UUID> {

    List<PlaceOffer> findByForumCodeAndStatus(String forumCode, PlaceOfferStatus status);

    List<PlaceOffer> findByForumCodeAndStatusIn(String forumCode, List<PlaceOfferStatus> statuses);

    List<PlaceOffer> findByParticipantIdAndStatusOrderByExpiresAt(UUID participantId, PlaceOfferStatus status);

    List<PlaceOffer> findByParticipantIdAndForumCodeOrderByOfferedAtDesc(UUID participantId, String forumCode);

    long countByForumCodeAndStatusAndExpiresAtAfter(String forumCode, PlaceOfferStatus status, Instant now);

    /** Forum code and how many offers with this status run beyond {@code now}; forums with none are left out. */
    @Query("select o.forumCode, count(o) from PlaceOffer o where o.status = :status and o.expiresAt > :now"
            + " group by o.forumCode")
    List<Object[]> countOpenByForum(@Param("status") PlaceOfferStatus status, @Param("now") Instant now);
}
