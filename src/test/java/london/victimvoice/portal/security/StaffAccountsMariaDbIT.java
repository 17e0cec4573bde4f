package london.victimvoice.portal.security;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** The staff account contract on real MariaDB, the production database. */
class StaffAccountsMariaDbIT extends StaffAccountsContract implements MariaDbTestSupport {
}
