package london.victimvoice.portal.participants;

/** Where an offer of a place stands. Only an open offer can be accepted or declined. */
enum PlaceOfferStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    /** Not accepted in time; the place passed to the next person. */
    EXPIRED,
    /** The place went before it was taken (capacity lowered, forum closed, or they left the list). */
    WITHDRAWN
}
