package london.victimvoice.portal.voice;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** Consultations on real MariaDB: the counting, joins and audit rows as production runs them. */
class ConsultationsMariaDbIT extends ConsultationsContract implements MariaDbTestSupport {
}
