package london.victimvoice.portal.forums;

/** Editing forums on the embedded H2 database (MariaDB mode) used for dev and most tests. */
class ForumSettingsH2Test extends ForumSettingsContract {
}
