package london.victimvoice.portal.security;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** The one-time code rules on real MariaDB, where row locks and snapshots decide the races. */
class OneTimeCodesMariaDbIT extends OneTimeCodesContract implements MariaDbTestSupport {
}
