package london.victimvoice.portal.meetings;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** The meetings contract on real MariaDB, the production database. */
class MeetingsMariaDbIT extends MeetingsContract implements MariaDbTestSupport {
}
