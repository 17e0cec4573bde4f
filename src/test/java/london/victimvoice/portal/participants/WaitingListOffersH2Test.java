package london.victimvoice.portal.participants;

/** Waiting-list offers on the embedded H2 database (MariaDB mode) used for dev and most tests. */
class WaitingListOffersH2Test extends WaitingListOffersContract {
}
