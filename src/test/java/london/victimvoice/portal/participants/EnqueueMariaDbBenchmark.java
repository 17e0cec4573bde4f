package london.victimvoice.portal.participants;

import london.victimvoice.portal.support.MariaDbTestSupport;

/** {@link EnqueueBenchmark} on MariaDB, the production database. */
class EnqueueMariaDbBenchmark extends EnqueueBenchmark implements MariaDbTestSupport {

    @Override
    String database() {
        return "mariadb";
    }
}
