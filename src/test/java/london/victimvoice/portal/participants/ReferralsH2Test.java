package london.victimvoice.portal.participants;

/** Referral codes on the embedded H2 database (MariaDB mode). */
class ReferralsH2Test extends ReferralsContract {
}
