package london.victimvoice.portal.participants;

/** Storing sign-ups on the embedded H2 database (MariaDB mode) used for dev and most tests. */
class SignUpsH2Test extends SignUpsContract {
}
