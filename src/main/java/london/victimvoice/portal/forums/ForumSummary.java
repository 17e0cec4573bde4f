package london.victimvoice.portal.forums;

import org.jspecify.annotations.Nullable;

/**
 * What other modules and views may know of a forum. Names and standard descriptions are message
 * keys ({@code forum.<code>.name}, {@code forum.<code>.description}) so they follow the language.
 *
 * @param capacity         how many members the forum has places for; coordinators set it
 * @param acceptingMembers false while coordinators have closed the forum to new members
 * @param description      what the forum's coordinators wrote for participants, as plain text;
 *                         null when they have not, and the standard description is shown
 */
public record ForumSummary(String code, int capacity, boolean acceptingMembers, @Nullable String description) {

    /** A forum showing the standard description. */
    public ForumSummary(String code, int capacity, boolean acceptingMembers) {
        this(code, capacity, acceptingMembers, null);
    }

    public String nameKey() {
        return "forum." + code + ".name";
    }

    /** The standard description; views show {@link #description} instead when there is one. */
    public String descriptionKey() {
        return "forum." + code + ".description";
    }
}
