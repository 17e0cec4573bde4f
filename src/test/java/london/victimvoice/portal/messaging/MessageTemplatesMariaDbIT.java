package london.victimvoice.portal.messaging;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Saving templates on real MariaDB, where the unique version key settles two editors saving at once. */
class MessageTemplatesMariaDbIT extends MessageTemplatesContract implements MariaDbTestSupport {
}
