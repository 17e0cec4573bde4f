package london.victimvoice.portal.voice;

/** Who does what a "we did" entry promises. */
public enum ActionOwner {
    MPS, MOPAC, CITY_OF_LONDON, FACILITATOR
}
