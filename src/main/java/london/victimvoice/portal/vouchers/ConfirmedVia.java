package london.victimvoice.portal.vouchers;

/** How the owner said their voucher arrived. */
public enum ConfirmedVia {
    PORTAL, SMS
}
