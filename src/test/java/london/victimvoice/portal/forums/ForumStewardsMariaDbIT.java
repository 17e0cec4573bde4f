package london.victimvoice.portal.forums;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** The stewards contract on real MariaDB, the production database. */
class ForumStewardsMariaDbIT extends ForumStewardsContract implements MariaDbTestSupport {
}
