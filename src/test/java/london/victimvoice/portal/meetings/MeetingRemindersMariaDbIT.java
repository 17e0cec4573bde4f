package london.victimvoice.portal.meetings;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** The meeting reminders contract on real MariaDB, the production database. */
class MeetingRemindersMariaDbIT extends MeetingRemindersContract implements MariaDbTestSupport {
}
