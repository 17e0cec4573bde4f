package london.victimvoice.portal.vouchers;

/** Who pays for a voucher. The City of London's yearly contribution is capped (an admin sets it). */
public enum Sponsor {
    MOPAC, CITY_OF_LONDON
}
