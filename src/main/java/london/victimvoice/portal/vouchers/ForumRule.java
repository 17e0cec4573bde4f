package london.victimvoice.portal.vouchers;

import org.jspecify.annotations.Nullable;

/**
 * What one attended meeting of a forum is worth and who pays for it.
 *
 * @param version the saved rule's version, to send back with a change; null when the forum has
 *                no rule of its own and gets the default value from MOPAC
 */
public record ForumRule(String forumCode, int valuePence, Sponsor sponsor, @Nullable Integer version) {

    /** True when the forum has no rule of its own. */
    public boolean standard() {
        return version == null;
    }
}
