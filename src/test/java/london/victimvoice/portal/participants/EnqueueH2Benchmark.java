package london.victimvoice.portal.participants;

/** {@link EnqueueBenchmark} on H2, the development database. */
class EnqueueH2Benchmark extends EnqueueBenchmark {

    @Override
    String database() {
        return "h2";
    }
}
