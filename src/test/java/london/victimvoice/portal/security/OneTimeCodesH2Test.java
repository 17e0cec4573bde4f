package london.victimvoice.portal.security;

/** The one-time code rules on the embedded H2 database (MariaDB mode) used for dev and most tests. */
class OneTimeCodesH2Test extends OneTimeCodesContract {
}
