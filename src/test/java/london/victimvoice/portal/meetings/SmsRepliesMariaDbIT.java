package london.victimvoice.portal.meetings;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** SMS replies on real MariaDB. */
class SmsRepliesMariaDbIT extends SmsRepliesContract implements MariaDbTestSupport {
}
