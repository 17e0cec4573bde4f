package london.victimvoice.portal.forums;

/**
 * How many people are in a forum and waiting for it. Membership belongs to the participants
 * module, which depends on this one, so this module asks through this interface and the
 * participants module answers it: the dependency stays one way.
 */
public interface ForumHeadcounts {

    /** Members and waiting-list places: read committed, so under a lock they are current. */
    Headcount of(String forumCode);

    /**
     * @param members people with a place (approved requests to join)
     * @param waiting people on the waiting list
     */
    record Headcount(long members, long waiting) {
    }
}
