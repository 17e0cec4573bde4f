package london.victimvoice.portal.participants;

import london.victimvoice.portal.forums.ForumSummary;

/**
 * A forum and how many of its places are taken: one for each approved request to join it, and
 * one for each place offered to someone on its waiting list while the offer is open.
 * A forum with no place free (full, or closed to new members) can still be chosen; a request to
 * join it goes on its waiting list when it is approved.
 */
public record ForumAvailability(ForumSummary forum, long placesTaken) {

    public String code() {
        return forum.code();
    }

    /** Every place is taken: the approved requests have reached the forum's capacity. */
    public boolean full() {
        return placesTaken >= forum.capacity();
    }

    /** A request approved now gets a place; otherwise it goes on the waiting list. */
    public boolean hasPlace() {
        return forum.acceptingMembers() && !full();
    }
}
