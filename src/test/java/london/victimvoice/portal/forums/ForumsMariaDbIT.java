package london.victimvoice.portal.forums;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** The forums contract on real MariaDB, the production database. */
class ForumsMariaDbIT extends ForumsContract implements MariaDbTestSupport {
}
