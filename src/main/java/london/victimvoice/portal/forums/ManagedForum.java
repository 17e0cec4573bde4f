package london.victimvoice.portal.forums;

/** A forum a coordinator looks after, with how full it is and how many are waiting. */
public record ManagedForum(ForumSummary forum, long members, long waiting) {
}
