package london.victimvoice.portal.messaging;

/** Saving templates on the embedded H2 database (MariaDB mode). */
class MessageTemplatesH2Test extends MessageTemplatesContract {
}
