package london.victimvoice.portal.vouchers;

/** Where a voucher is: asked for, signed off, given, confirmed by its owner, or withdrawn. */
public enum VoucherStatus {
    REQUESTED, APPROVED, ISSUED, CONFIRMED, WITHDRAWN
}
