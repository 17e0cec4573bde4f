package london.victimvoice.portal.assistance;

/** The assistance contract on H2, the dev and unit-test database. */
class AssistanceRequestsH2Test extends AssistanceRequestsContract {
}
