package london.victimvoice.portal.meetings;

/** The meeting reminders contract on H2, the dev and unit-test database. */
class MeetingRemindersH2Test extends MeetingRemindersContract {
}
