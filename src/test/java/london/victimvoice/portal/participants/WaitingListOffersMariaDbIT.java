package london.victimvoice.portal.participants;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Waiting-list offers on real MariaDB, where the race for the last place is run for real. */
class WaitingListOffersMariaDbIT extends WaitingListOffersContract implements MariaDbTestSupport {
}
