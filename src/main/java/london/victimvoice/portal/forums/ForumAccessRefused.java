package london.victimvoice.portal.forums;

/**
 * A member of staff asked to manage a forum they do not look after. Views show
 * {@link #MESSAGE_KEY}; nothing changes.
 */
public class ForumAccessRefused extends RuntimeException {

    public static final String MESSAGE_KEY = "forums.accessRefused";

    public ForumAccessRefused(String forumCode) {
        super("Not a coordinator of forum " + forumCode);
    }
}
