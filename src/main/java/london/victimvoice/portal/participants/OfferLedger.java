package london.victimvoice.portal.participants;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers of free places, each change in its own transaction with the forum's row locked (see
 * {@link ForumPlaces#lockForPlaces}), so two nodes, or a sweep and a participant, never give the
 * same place twice. Says whom to tell; {@link WaitingListOffers} tells them after the commit.
 */
// Read committed: places and offers are read after the lock and must include what others committed
// while this waited; MariaDB's repeatable read would read a snapshot from before the lock.
// Requires new: called from after-commit listeners, whose finished transaction must not be joined.
@Component
@Transactional(isolation = Isolation.READ_COMMITTED, propagation = Propagation.REQUIRES_NEW)
class OfferLedger {

    /** An offer just made: tell this person. */
    record Made(UUID participantId, String forumCode, Instant expiresAt) {
    }

    /**
     * What became of an answer, and any offers made because of it.
     *
     * @param refusal null when it was done, else the {@link OfferRefused} message key
     */
    record Answer(@Nullable String refusal, List<Made> made) {
    }

    private static final List<PlaceOfferStatus> PASSED_OVER = List.of(PlaceOfferStatus.DECLINED,
            PlaceOfferStatus.EXPIRED);

    private final ForumPlaces places;
    private final ForumRequests requests;
    private final PlaceOffers offers;
    private final PlaceOfferProperties properties;
    private final Clock clock;

    OfferLedger(ForumPlaces places, ForumRequests requests, PlaceOffers offers, PlaceOfferProperties properties,
            Clock clock) {
        this.places = places;
        this.requests = requests;
        this.offers = offers;
        this.properties = properties;
        this.clock = clock;
    }

    /** Expires lapsed offers, withdraws any beyond the free places, and offers the free places still unoffered. */
    List<Made> settle(String forumCode) {
        var forum = places.lockForPlaces(List.of(forumCode));
        return forum.isEmpty() ? List.of() : settleLocked(forum.getFirst(), now());
    }

    /**
     * Takes the offered place if it is still there. Expired: refused, the offer ends and passes on.
     * The place gone: refused, the offer is withdrawn and they stay on the waiting list.
     */
    Answer accept(UUID participantId, String forumCode) {
        var forum = places.lockForPlaces(List.of(forumCode));
        var now = now();
        var offer = forum.isEmpty() ? null : latest(participantId, forumCode);
        if (offer == null || offer.status() != PlaceOfferStatus.OPEN) {
            return new Answer(offer == null ? OfferRefused.NONE : switch (offer.status()) {
                case EXPIRED -> OfferRefused.EXPIRED;
                case WITHDRAWN -> OfferRefused.PLACE_GONE;
                default -> OfferRefused.NONE;
            }, List.of());
        }
        var place = forum.getFirst();
        if (offer.expiredAt(now)) {
            offer.end(PlaceOfferStatus.EXPIRED, now);
            offers.flush();
            return new Answer(OfferRefused.EXPIRED, settleLocked(place, now));
        }
        var request = requests.findById(offer.forumRequestId()).orElse(null);
        if (request == null || request.status() != ForumRequestStatus.WAITING_LIST || !place.hasPlace()) {
            offer.end(PlaceOfferStatus.WITHDRAWN, now);
            offers.flush();
            return new Answer(OfferRefused.PLACE_GONE, settleLocked(place, now));
        }
        request.decide(ForumRequestStatus.APPROVED);
        offer.end(PlaceOfferStatus.ACCEPTED, now);
        requests.flush();
        // One place fewer: an open offer beyond the places now free is withdrawn.
        return new Answer(null, settleLocked(new ForumAvailability(place.forum(), place.placesTaken() + 1), now));
    }

    /** "No thanks": they stay on the waiting list and the place goes to the next person. */
    Answer decline(UUID participantId, String forumCode) {
        var forum = places.lockForPlaces(List.of(forumCode));
        var now = now();
        var offer = forum.isEmpty() ? null : latest(participantId, forumCode);
        if (offer == null) {
            return new Answer(OfferRefused.NONE, List.of());
        }
        if (offer.status() != PlaceOfferStatus.OPEN) {
            return new Answer(null, List.of());
        }
        offer.end(offer.expiredAt(now) ? PlaceOfferStatus.EXPIRED : PlaceOfferStatus.DECLINED, now);
        offers.flush();
        return new Answer(null, settleLocked(forum.getFirst(), now));
    }

    private List<Made> settleLocked(ForumAvailability forum, Instant now) {
        var code = forum.code();
        var waiting = requests.findByForumCodeAndStatus(code, ForumRequestStatus.WAITING_LIST).stream()
                .collect(Collectors.toMap(ForumRequest::getId, Function.identity()));
        var open = new ArrayList<PlaceOffer>();
        for (var offer : offers.findByForumCodeAndStatus(code, PlaceOfferStatus.OPEN)) {
            if (offer.expiredAt(now)) {
                offer.end(PlaceOfferStatus.EXPIRED, now);
            } else if (!waiting.containsKey(offer.forumRequestId())) {
                // They left the waiting list, or took the place another way.
                offer.end(PlaceOfferStatus.WITHDRAWN, now);
            } else {
                open.add(offer);
            }
        }
        var free = forum.forum().acceptingMembers()
                ? Math.max(0, forum.forum().capacity() - forum.placesTaken()) : 0;
        // Never more open offers than free places: the newest go first.
        open.sort(Comparator.comparing(PlaceOffer::offeredAt).reversed());
        while (open.size() > free) {
            open.removeFirst().end(PlaceOfferStatus.WITHDRAWN, now);
        }
        var made = new ArrayList<Made>();
        var owed = free - open.size();
        if (owed > 0) {
            var offered = new HashSet<UUID>();
            open.forEach(o -> offered.add(o.forumRequestId()));
            var expiresAt = now.plus(properties.window());
            for (var request : queue(code, waiting, offered, now)) {
                if (made.size() == owed) {
                    break;
                }
                offers.save(new PlaceOffer(request, now, expiresAt));
                made.add(new Made(request.participantId(), code, expiresAt));
            }
        }
        offers.flush();
        return made;
    }

    /**
     * The waiting list in the order places are offered: oldest request first, except that someone
     * who declined or let an offer lapse goes behind those waiting since then, and is passed over
     * for a while (as long as an offer is open), so a "no thanks" is not met by the same offer again.
     */
    private List<ForumRequest> queue(String code, Map<UUID, ForumRequest> waiting, Set<UUID> offered,
            Instant now) {
        var lastPassed = new HashMap<UUID, Instant>();
        for (var offer : offers.findByForumCodeAndStatusIn(code, PASSED_OVER)) {
            var ended = offer.endedAt() == null ? offer.expiresAt() : offer.endedAt();
            lastPassed.merge(offer.forumRequestId(), ended, (a, b) -> a.isAfter(b) ? a : b);
        }
        var resting = now.minus(properties.window());
        return waiting.values().stream()
                .filter(r -> !offered.contains(r.getId()))
                .filter(r -> !lastPassed.getOrDefault(r.getId(), Instant.MIN).isAfter(resting))
                .sorted(Comparator.comparing((ForumRequest r) -> {
                    var passed = lastPassed.get(r.getId());
                    return passed != null && passed.isAfter(r.requestedAt()) ? passed : r.requestedAt();
                }).thenComparing(ForumRequest::getId))
                .toList();
    }

    private @Nullable PlaceOffer latest(UUID participantId, String forumCode) {
        return offers.findByParticipantIdAndForumCodeOrderByOfferedAtDesc(participantId, forumCode).stream()
                .findFirst().orElse(null);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
