package london.victimvoice.portal.voice;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** The moderation contract on real MariaDB, the production database. */
class ModerationMariaDbIT extends ModerationContract implements MariaDbTestSupport {
}
