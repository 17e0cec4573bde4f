package london.victimvoice.portal.voice;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Opening notices and closing reminders on real MariaDB, where SKIP LOCKED shares the work between sweeps. */
class QuestionNoticesMariaDbIT extends QuestionNoticesContract implements MariaDbTestSupport {
}
