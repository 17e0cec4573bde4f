package london.victimvoice.portal.vouchers;

/** How a voucher reached its owner. */
public enum Delivery {
    /** An e-voucher code from the supplier, sent through the person's safe channel. */
    CODE,
    /** A physical card handed over at the meeting. */
    IN_PERSON
}
