package london.victimvoice.portal.meetings;

/** SMS replies on the embedded H2 database (MariaDB mode). */
class SmsRepliesH2Test extends SmsRepliesContract {
}
