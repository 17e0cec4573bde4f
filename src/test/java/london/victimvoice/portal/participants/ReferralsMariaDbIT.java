package london.victimvoice.portal.participants;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Referral codes on real MariaDB, the production database. */
class ReferralsMariaDbIT extends ReferralsContract implements MariaDbTestSupport {
}
