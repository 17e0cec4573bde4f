package london.victimvoice.portal.meetings;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Topics, agendas and attendance on real MariaDB, the production database. */
class AgendaAttendanceMariaDbIT extends AgendaAttendanceContract implements MariaDbTestSupport {
}
