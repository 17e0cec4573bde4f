package london.victimvoice.portal.voice;

/** "You said, we did" on the embedded H2 database (MariaDB mode). */
class WeDidH2Test extends WeDidContract {
}
