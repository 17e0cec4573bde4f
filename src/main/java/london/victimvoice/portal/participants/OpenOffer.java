package london.victimvoice.portal.participants;

import java.time.Instant;

/** A place offered to a participant in a forum whose waiting list they are on, theirs until {@code acceptBy}. */
public record OpenOffer(String forumCode, Instant acceptBy) {
}
