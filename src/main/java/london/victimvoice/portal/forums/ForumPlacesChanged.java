package london.victimvoice.portal.forums;

/**
 * A coordinator changed a forum's capacity or whether it accepts members, so places may have
 * come free (or gone). Published in the transaction that saved the change; listen after commit.
 */
public record ForumPlacesChanged(String forumCode) {
}
