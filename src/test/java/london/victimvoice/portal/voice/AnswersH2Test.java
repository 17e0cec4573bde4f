package london.victimvoice.portal.voice;

/** Answering on the embedded H2 database (MariaDB mode). */
class AnswersH2Test extends AnswersContract {
}
