package london.victimvoice.portal.messaging;

/** Every template has both: discreet words unless the person turned them off. */
public enum MessageVariant {
    /** Never mentions crime, police, victims or which forum. */
    DISCREET,
    FULL
}
