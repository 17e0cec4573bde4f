package london.victimvoice.portal.forums;

/**
 * What other modules and views may know of a forum. Names and descriptions are message keys
 * ({@code forum.<code>.name}, {@code forum.<code>.description}) so they follow the language.
 */
public record ForumSummary(String code, boolean acceptingMembers) {

    public String nameKey() {
        return "forum." + code + ".name";
    }

    public String descriptionKey() {
        return "forum." + code + ".description";
    }
}
