package london.victimvoice.portal.vouchers;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Reconciliation on real MariaDB, as in production. */
class VoucherReconciliationMariaDbIT extends VoucherReconciliationContract implements MariaDbTestSupport {
}
