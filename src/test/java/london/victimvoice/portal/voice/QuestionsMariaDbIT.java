package london.victimvoice.portal.voice;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Posting and finding questions on real MariaDB, the production database. */
class QuestionsMariaDbIT extends QuestionsContract implements MariaDbTestSupport {
}
