package london.victimvoice.portal.participants;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Deciding on sign-ups on real MariaDB. */
class ApprovalsMariaDbIT extends ApprovalsContract implements MariaDbTestSupport {
}
