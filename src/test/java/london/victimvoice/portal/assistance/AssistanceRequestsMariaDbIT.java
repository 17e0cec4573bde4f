package london.victimvoice.portal.assistance;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** The assistance contract on real MariaDB, the production database. */
class AssistanceRequestsMariaDbIT extends AssistanceRequestsContract implements MariaDbTestSupport {
}
