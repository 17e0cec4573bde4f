package london.victimvoice.portal.vouchers;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Voucher budgets and the ledger on real MariaDB, where the locks, keys and sums must hold as on H2. */
class VoucherBudgetsMariaDbIT extends VoucherBudgetsContract implements MariaDbTestSupport {
}
