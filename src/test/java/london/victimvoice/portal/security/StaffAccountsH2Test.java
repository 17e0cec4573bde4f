package london.victimvoice.portal.security;

/** The staff account contract on the embedded H2 database (MariaDB mode) used for dev and most tests. */
class StaffAccountsH2Test extends StaffAccountsContract {
}
