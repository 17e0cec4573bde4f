package london.victimvoice.portal.campaigns;

/** Bulk sends on the embedded H2 database (MariaDB mode). */
class BulkSendsH2Test extends BulkSendsContract {
}
