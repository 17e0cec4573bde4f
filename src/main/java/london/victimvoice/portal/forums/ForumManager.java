package london.victimvoice.portal.forums;

/**
 * Who is asking to manage a forum, as the caller's security context says. Admins manage every
 * forum; a coordinator only the forums they are assigned to.
 */
public record ForumManager(String username, boolean admin) {
}
