package london.victimvoice.portal.participants;

import java.util.UUID;

/**
 * A participant left a forum, or its waiting list, or withdrew a request to join it. When they
 * held a place ({@code heldPlace}), it is free now for the next person waiting. Published in the
 * transaction that records it.
 */
public record LeftForum(UUID participantId, String forumCode, ForumRequestStatus previousStatus) {

    public boolean heldPlace() {
        return previousStatus == ForumRequestStatus.APPROVED;
    }
}
