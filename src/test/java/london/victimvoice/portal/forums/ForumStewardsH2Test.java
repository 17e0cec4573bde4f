package london.victimvoice.portal.forums;

/** The stewards contract on H2, the dev and unit-test database. */
class ForumStewardsH2Test extends ForumStewardsContract {
}
