package london.victimvoice.portal.voice;

/** Posting and finding questions on the embedded H2 database (MariaDB mode). */
class QuestionsH2Test extends QuestionsContract {
}
