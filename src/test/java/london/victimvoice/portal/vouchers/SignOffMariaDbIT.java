package london.victimvoice.portal.vouchers;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Voucher requests and sign-off on real MariaDB, the production database: its locking decides the races. */
class SignOffMariaDbIT extends SignOffContract implements MariaDbTestSupport {
}
