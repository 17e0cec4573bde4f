package london.victimvoice.portal.voice;

/** The moderation contract on H2, the dev and unit-test database. */
class ModerationH2Test extends ModerationContract {
}
