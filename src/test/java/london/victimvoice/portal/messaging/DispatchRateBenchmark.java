package london.victimvoice.portal.messaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import london.victimvoice.portal.support.FakeTwilio;
import london.victimvoice.portal.support.FakeTwilio.FakeMessage;
import london.victimvoice.portal.support.TestMariaDb;

/**
 * Acceptance 4 (b), a harness rather than a test: the sustained rate at which one node's dispatcher
 * sends one-segment SMS against the fake Twilio, for a configured per-sender rate. Figures go to
 * standard output and {@code target/benchmark/dispatch-rate.txt}; nothing is asserted. Run by name
 * (docs/PERFORMANCE.md). Rates and length: {@code -Dbenchmark.rates=9,50 -Dbenchmark.seconds=60}.
 *
 * <p>Method: queue more than the run can send, then take Twilio's own record of when each create
 * arrived; drop the first second (the pacer starts with a full bucket: one second's worth at once),
 * then count what arrived in each following 10 s window and over the whole run.
 */
class DispatchRateBenchmark {

    static final Duration WINDOW = Duration.ofSeconds(10);

    @Test
    void sustained_dispatch_rate_against_the_configured_rate() throws Exception {
        var rates = List.of(System.getProperty("benchmark.rates", "9,50").split(",")).stream()
                .map(String::trim).map(Double::parseDouble).toList();
        var seconds = Integer.getInteger("benchmark.seconds", 60);
        var offset = ReliabilityNode.offsetToDaytime();
        var database = TestMariaDb.newDatabase();
        var report = new StringBuilder();
        try (var twilio = FakeTwilio.start(ReliabilityNode.daytimeClock(offset))) {
            for (var rate : rates) {
                twilio.reset();
                var people = (int) Math.ceil(rate * (seconds + 5));
                var node = ReliabilityNode.start(ReliabilityNode.settings(database, twilio, offset, people, Map.of(
                        "portal.messaging.outbox.pacing.segments-per-second-per-sender", Double.toString(rate),
                        "portal.messaging.outbox.pacing.global-segments-per-second", Double.toString(rate * 2),
                        "portal.messaging.outbox.batch-size", "20",
                        "portal.messaging.outbox.send-threads", "4")));
                try {
                    var messages = new ArrayList<NewMessage>(people);
                    for (int i = 0; i < people; i++) {
                        messages.add(ReliabilityNode.message(i).dedupeKey("rate-" + rate + ":" + i));
                    }
                    node.getBean(Outbox.class).queueAll(messages);
                    while (twilio.createRequests() == 0) {
                        Thread.sleep(10);
                    }
                    Thread.sleep(Duration.ofSeconds(seconds + 2).toMillis());
                } finally {
                    node.close();
                }
                var created = twilio.messages().stream().map(FakeMessage::dateCreated).sorted().toList();
                var from = created.getFirst().plusSeconds(1);
                var windows = new ArrayList<Double>();
                for (var start = from; !start.plus(WINDOW).isAfter(from.plusSeconds(seconds)); start = start.plus(WINDOW)) {
                    windows.add(count(created, start, start.plus(WINDOW)) / (double) WINDOW.toSeconds());
                }
                var overall = count(created, from, from.plusSeconds(seconds)) / (double) seconds;
                var sorted = windows.stream().sorted().toList();
                var median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
                var line = String.format("DispatchRateBenchmark: configured %.1f/s over %d s: sustained %.3f/s"
                                + " (ratio %.4f); per %d s window median %.2f/s (ratio %.4f), windows %s%n", rate,
                        seconds, overall, overall / rate, WINDOW.toSeconds(), median, median / rate,
                        windows.stream().map(w -> String.format("%.1f", w)).toList());
                System.out.print(line);
                report.append(line);
            }
        }
        var folder = Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(folder.resolve("dispatch-rate.txt"), report);
    }

    private static long count(List<Instant> created, Instant from, Instant until) {
        return created.stream().filter(t -> !t.isBefore(from) && t.isBefore(until)).count();
    }
}
