package london.victimvoice.portal.forums;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Editing forums on real MariaDB. */
class ForumSettingsMariaDbIT extends ForumSettingsContract implements MariaDbTestSupport {
}
