package london.victimvoice.portal.participants;

/** A participant's answer to an offer that cannot be taken; {@link #messageKey} says why. */
public class OfferRefused extends RuntimeException {

    /** The time to accept ran out; the place went to the next person. They are still waiting. */
    public static final String EXPIRED = "offers.refused.expired";
    /** The place went meanwhile (fewer places, or the forum closed). They are still waiting. */
    public static final String PLACE_GONE = "offers.refused.placeGone";
    /** No offer of a place in that forum. */
    public static final String NONE = "offers.refused.none";

    private final String messageKey;

    public OfferRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
