package london.victimvoice.portal.vouchers;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Voucher receipts, reminders and flags on real MariaDB. */
class VoucherReceiptsMariaDbIT extends VoucherReceiptsContract implements MariaDbTestSupport {
}
