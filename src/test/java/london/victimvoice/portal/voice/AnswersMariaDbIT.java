package london.victimvoice.portal.voice;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Answering on real MariaDB: the primary key settles two submits racing, and row locks the mix. */
class AnswersMariaDbIT extends AnswersContract implements MariaDbTestSupport {
}
