package london.victimvoice.portal.voice;

/** Opening notices and closing reminders on the embedded H2 database (MariaDB mode). */
class QuestionNoticesH2Test extends QuestionNoticesContract {
}
