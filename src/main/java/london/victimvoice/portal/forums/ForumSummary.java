package london.victimvoice.portal.forums;

/**
 * What other modules and views may know of a forum. Names and descriptions are message keys
 * ({@code forum.<code>.name}, {@code forum.<code>.description}) so they follow the language.
 *
 * @param capacity         how many members the forum has places for; coordinators set it
 * @param acceptingMembers false while coordinators have closed the forum to new members
 */
public record ForumSummary(String code, int capacity, boolean acceptingMembers) {

    public String nameKey() {
        return "forum." + code + ".name";
    }

    public String descriptionKey() {
        return "forum." + code + ".description";
    }
}
