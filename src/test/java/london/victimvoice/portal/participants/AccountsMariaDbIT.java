package london.victimvoice.portal.participants;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** A participant's account and kept drafts on real MariaDB. */
class AccountsMariaDbIT extends AccountsContract implements MariaDbTestSupport {
}
