package london.victimvoice.portal.campaigns;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Bulk sends on real MariaDB, where FOR UPDATE SKIP LOCKED keeps two nodes off one campaign. */
class BulkSendsMariaDbIT extends BulkSendsContract implements MariaDbTestSupport {
}
