package london.victimvoice.portal.participants;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlaceOffers extends JpaRepository<PlaceOffer, UUID> {

    List<PlaceOffer> findByForumCodeAndStatus(String forumCode, PlaceOfferStatus status);

    List<PlaceOffer> findByForumCodeAndStatusIn(String forumCode, List<PlaceOfferStatus> statuses);

    List<PlaceOffer> findByParticipantIdAndStatusOrderByExpiresAt(UUID participantId, PlaceOfferStatus status);

    List<PlaceOffer> findByParticipantIdAndForumCodeOrderByOfferedAtDesc(UUID participantId, String forumCode);
}
