package london.victimvoice.portal.participants;

/** The shared-services contract on H2, the dev and unit-test database. */
class SharedServicesH2Test extends SharedServicesContract {
}
