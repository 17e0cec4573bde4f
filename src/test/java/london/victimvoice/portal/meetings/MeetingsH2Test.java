package london.victimvoice.portal.meetings;

/** The meetings contract on H2, the dev and unit-test database. */
class MeetingsH2Test extends MeetingsContract {
}
