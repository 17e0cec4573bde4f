package london.victimvoice.portal.vouchers;

/** Voucher receipts, reminders and flags on the embedded H2 database (MariaDB mode). */
class VoucherReceiptsH2Test extends VoucherReceiptsContract {
}
