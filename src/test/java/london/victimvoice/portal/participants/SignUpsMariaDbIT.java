package london.victimvoice.portal.participants;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Storing sign-ups on real MariaDB, where the unique contact hash decides which of two tabs wins. */
class SignUpsMariaDbIT extends SignUpsContract implements MariaDbTestSupport {
}
