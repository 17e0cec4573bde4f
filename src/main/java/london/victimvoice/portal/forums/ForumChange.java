package london.victimvoice.portal.forums;

/**
 * What a coordinator asks to change about a forum.
 *
 * @param description         what participants see; blank shows the standard description
 * @param keepMembersAndClose the coordinator's answer when the capacity is below the members:
 *                            false stops the change, true saves it and closes the forum to new
 *                            members, so nobody loses their place
 */
public record ForumChange(String description, int capacity, boolean acceptingMembers, boolean keepMembersAndClose) {
}
