package london.victimvoice.portal.messaging;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** The outbox on real MariaDB, where FOR UPDATE SKIP LOCKED is what keeps two dispatchers apart. */
class OutboxMariaDbIT extends OutboxContract implements MariaDbTestSupport {
}
