package london.victimvoice.portal.voice;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** "You said, we did" on real MariaDB, where the version check and the story's order must hold as on H2. */
class WeDidMariaDbIT extends WeDidContract implements MariaDbTestSupport {
}
