package london.victimvoice.portal.messaging;

/** The outbox on the embedded H2 database (MariaDB mode). */
class OutboxH2Test extends OutboxContract {
}
