package london.victimvoice.portal.participants;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** The shared-services contract on real MariaDB, the production database. */
class SharedServicesMariaDbIT extends SharedServicesContract implements MariaDbTestSupport {
}
