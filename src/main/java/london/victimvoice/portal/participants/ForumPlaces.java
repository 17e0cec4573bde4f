package london.victimvoice.portal.participants;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.forums.ForumDirectory;

/**
 * How many places each forum has taken, so the sign-up can offer a waiting-list place in a forum
 * that is full or closed to new members. A place is taken by an approved request to join.
 */
@Service
public class ForumPlaces {

    private final ForumDirectory directory;
    private final ForumRequests requests;
    private final PlaceOffers offers;
    private final Clock clock;

    ForumPlaces(ForumDirectory directory, ForumRequests requests, PlaceOffers offers, Clock clock) {
        this.directory = directory;
        this.requests = requests;
        this.offers = offers;
        this.clock = clock;
    }

    /** Every forum, in the order people see them. */
    @Transactional(readOnly = true)
    public List<ForumAvailability> all() {
        return availability();
    }

    /** Of these forum codes, the ones with no place free just now, in code order. */
    @Transactional(readOnly = true)
    public Set<String> waitingListOnly(Collection<String> codes) {
        return withoutPlace(codes);
    }

    Set<String> withoutPlace(Collection<String> codes) {
        return availability().stream().filter(f -> codes.contains(f.code()) && !f.hasPlace())
                .map(ForumAvailability::code).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Locks these forums (see {@link ForumDirectory#lockForPlaces}) and counts their places under
     * the lock, so no other approval can take a place until the caller's transaction ends. The
     * caller's transaction must read committed rows, not a snapshot taken before the lock.
     */
    List<ForumAvailability> lockForPlaces(Collection<String> codes) {
        return directory.lockForPlaces(codes).stream()
                .map(f -> new ForumAvailability(f, requests.countByForumCodeAndStatus(f.code(),
                        ForumRequestStatus.APPROVED)))
                .toList();
    }

    /**
     * As {@link #lockForPlaces}, for approving new sign-ups: a place offered to someone on the
     * waiting list counts as taken until the offer ends, so a new approval never jumps the queue.
     */
    List<ForumAvailability> lockForApprovals(Collection<String> codes) {
        var now = clock.instant();
        return lockForPlaces(codes).stream()
                .map(f -> new ForumAvailability(f.forum(), f.placesTaken()
                        + offers.countByForumCodeAndStatusAndExpiresAtAfter(f.code(), PlaceOfferStatus.OPEN, now)))
                .toList();
    }

    /** Places taken, counting those offered to the waiting list, as {@link #lockForApprovals} does. */
    private List<ForumAvailability> availability() {
        Map<String, Long> taken = new HashMap<>();
        requests.countByForumWithStatus(ForumRequestStatus.APPROVED)
                .forEach(row -> taken.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum));
        offers.countOpenByForum(PlaceOfferStatus.OPEN, clock.instant())
                .forEach(row -> taken.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum));
        return directory.all().stream()
                .map(f -> new ForumAvailability(f, taken.getOrDefault(f.code(), 0L)))
                .toList();
    }
}
