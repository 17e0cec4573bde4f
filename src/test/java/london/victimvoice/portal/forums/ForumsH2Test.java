package london.victimvoice.portal.forums;

/** The forums contract on the embedded H2 database (MariaDB mode) used for dev and most tests. */
class ForumsH2Test extends ForumsContract {
}
