package london.victimvoice.portal.participants;

/** Deciding on sign-ups on the embedded H2 database (MariaDB mode) used for dev and most tests. */
class ApprovalsH2Test extends ApprovalsContract {
}
