package london.victimvoice.portal.meetings;

/** Topics, agendas and attendance on H2, the dev and unit-test database. */
class AgendaAttendanceH2Test extends AgendaAttendanceContract {
}
