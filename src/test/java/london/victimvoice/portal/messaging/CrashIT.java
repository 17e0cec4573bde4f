package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import london.victimvoice.portal.support.FakeDirectory;
import london.victimvoice.portal.support.FakeTwilio;
import london.victimvoice.portal.support.FakeTwilio.FakeMessage;
import london.victimvoice.portal.support.TestMariaDb;

/**
 * Acceptance 3: the portal as a separate process begins a 1,000-message bulk send, is killed with
 * SIGKILL at a random moment (while queueing or while sending), is started again and finishes.
 * Twilio (a fake in this JVM, which outlives the killed process) must then hold exactly one text
 * per person: none lost, none sent twice. Messages caught mid-call by the kill are settled by
 * looking them up at Twilio, not by sending again.
 *
 * <p>The child queues the send itself ({@link ReliabilityNode#main}), in slices with a dedupe key per
 * message, exactly as a bulk send that survives a restart must: so the kill can land between two
 * slices, and the restarted process queues the same send again, adding only what is missing.
 *
 * <p>Rounds: {@code -Dcrash.rounds=N} (or {@code CRASH_ROUNDS}), default 5. Each restarted process finishes one round and then begins
 * the next, so N rounds take N + 1 starts. Each round's figures
 * are printed and written to {@code target/crash-test/results.tsv}.
 */
class CrashIT {

    static final int MESSAGES = 1_000;
    /** The kill comes this long at most after the child starts queueing: queueing plus most of the sending. */
    static final Duration KILL_WINDOW = Duration.ofSeconds(5);

    @Test
    void killed_mid_send_and_restarted_nothing_is_lost_or_sent_twice() throws Exception {
        var rounds = Integer.getInteger("crash.rounds",
                Integer.parseInt(System.getenv().getOrDefault("CRASH_ROUNDS", "5")));
        var offset = ReliabilityNode.offsetToDaytime();
        var database = TestMariaDb.newDatabase();
        var folder = Files.createDirectories(Path.of("target", "crash-test"));
        var settings = ReliabilityNode.settings(database, null, offset, MESSAGES, Map.of(
                "reliability.slice", "20",
                // Slow enough that a kill in the window finds messages at every stage.
                "portal.messaging.outbox.pacing.segments-per-second-per-sender", "150",
                "portal.messaging.outbox.pacing.global-segments-per-second", "150",
                "portal.messaging.outbox.claim-lease", "3s"));
        try (var twilio = FakeTwilio.start(ReliabilityNode.daytimeClock(offset));
                var results = new PrintWriter(Files.newBufferedWriter(folder.resolve("results.tsv")))) {
            settings.put("portal.messaging.twilio.api-base-url", twilio.baseUrl());
            results.println("round\tkill_after_ms\tkilled_while\tqueued_at_kill\tsent_at_kill\tambiguous_at_kill"
                    + "\tcreates\tlookups\trecorded\tlost\tduplicates\tslice_retries\tround_seconds");
            var testStarted = System.nanoTime();
            // Each restarted process finishes one round and then begins the next: one start per round.
            var child = Child.start(settings, folder.resolve("process-1.log"));
            try {
                for (int round = 1; round <= rounds; round++) {
                    var send = "round-" + round;
                    child.await("READY", Duration.ofMinutes(3));
                    twilio.reset();
                    var started = System.nanoTime();
                    child.command("QUEUE " + send + " " + MESSAGES);
                    child.await("QUEUEING " + send, Duration.ofMinutes(1));
                    var killAfter = ThreadLocalRandom.current().nextLong(KILL_WINDOW.toMillis());
                    Thread.sleep(killAfter);
                    var whileQueueing = !child.seen("QUEUED " + send);
                    child.process().destroyForcibly().waitFor();
                    var atKill = counts(database, round);

                    child = Child.start(settings, folder.resolve("process-" + (round + 1) + ".log"));
                    child.await("READY", Duration.ofMinutes(3));
                    // The bulk send resumes: queued again, only what the kill left out is added.
                    child.command("QUEUE " + send + " " + MESSAGES);
                    child.await("QUEUED " + send, Duration.ofMinutes(1));
                    var resumeRetries = child.retries().get();
                    var deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                    while (countSent(database, round) < MESSAGES && System.nanoTime() < deadline) {
                        Thread.sleep(200);
                    }

                    var recorded = twilio.messages().stream()
                            .collect(Collectors.groupingBy(FakeMessage::to, Collectors.counting()));
                    var lost = 0;
                    var duplicates = 0L;
                    for (int i = 0; i < MESSAGES; i++) {
                        var n = recorded.getOrDefault(FakeDirectory.phone(i), 0L);
                        lost += n == 0 ? 1 : 0;
                        duplicates += Math.max(0, n - 1);
                    }
                    var line = String.join("\t", List.of(Integer.toString(round), Long.toString(killAfter),
                            whileQueueing ? "queueing" : "sending", Integer.toString(atKill.queued()),
                            Integer.toString(atKill.sent()), Integer.toString(atKill.ambiguous()),
                            Integer.toString(twilio.createRequests()), Integer.toString(twilio.lookupRequests()),
                            Integer.toString(twilio.messages().size()), Integer.toString(lost),
                            Long.toString(duplicates), Integer.toString(resumeRetries),
                            String.format("%.1f", (System.nanoTime() - started) / 1e9)));
                    results.println(line);
                    results.flush();
                    System.out.println("CrashIT round: " + line);

                    assertThat(countSent(database, round)).as("round %d: outbox rows sent", round)
                            .isEqualTo(MESSAGES);
                    assertThat(countAll(database, round)).as("round %d: outbox rows", round).isEqualTo(MESSAGES);
                    assertThat(lost).as("round %d: people with no text", round).isZero();
                    assertThat(duplicates).as("round %d: texts sent twice", round).isZero();
                    assertThat(twilio.createRequests()).as("round %d: create requests", round).isEqualTo(MESSAGES);
                }
            } finally {
                child.process().destroyForcibly().waitFor();
            }
            System.out.printf("CrashIT: %d rounds in %.0f s%n", rounds, (System.nanoTime() - testStarted) / 1e9);
        }
    }

    record AtKill(int queued, int sent, int ambiguous) {
    }

    private static AtKill counts(TestMariaDb.Connection database, int round) throws SQLException {
        return new AtKill(countAll(database, round), countSent(database, round),
                count(database, round, "status = 'sending' AND attempt_started_at IS NOT NULL"));
    }

    private static int countSent(TestMariaDb.Connection database, int round) throws SQLException {
        return count(database, round, "status = 'sent'");
    }

    private static int countAll(TestMariaDb.Connection database, int round) throws SQLException {
        return count(database, round, "TRUE");
    }

    private static int count(TestMariaDb.Connection database, int round, String condition) throws SQLException {
        try (var connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM outbox_message WHERE dedupe_key LIKE ? AND " + condition)) {
            statement.setString(1, "round-" + round + ":%");
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            // Before the first child has run the migrations there is no table yet.
            if (e.getMessage() != null && e.getMessage().contains("doesn't exist")) {
                return 0;
            }
            throw e;
        }
    }

    /** The portal in its own JVM, on this JVM's test class path; its output goes to a log file. */
    record Child(Process process, PrintWriter input, Map<String, CountDownLatch> lines, AtomicInteger retries) {

        static Child start(Map<String, String> settings, Path log) throws IOException {
            var command = new ArrayList<String>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.add("-Xmx512m");
            // A quick start matters more here than peak speed.
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-cp");
            command.add(classPath());
            command.add(ReliabilityNode.class.getName());
            command.addAll(ReliabilityNode.arguments(settings));
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var child = new Child(process, new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8),
                    new ConcurrentHashMap<>(), new AtomicInteger());
            Thread.ofPlatform().daemon().name("crash-child-output").start(() -> child.copy(log));
            return child;
        }

        void command(String line) {
            input.println(line);
        }

        void await(String line, Duration timeout) throws InterruptedException {
            if (!latch(line).await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("The portal process did not print " + line + " within " + timeout);
            }
        }

        boolean seen(String line) {
            return latch(line).getCount() == 0;
        }

        private CountDownLatch latch(String line) {
            return lines.computeIfAbsent(line, l -> new CountDownLatch(1));
        }

        private void copy(Path log) {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    var out = Files.newBufferedWriter(log)) {
                String line;
                while ((line = in.readLine()) != null) {
                    latch(line).countDown();
                    if (line.startsWith("RETRY ")) {
                        retries.incrementAndGet();
                    }
                    out.write(line);
                    out.newLine();
                }
            } catch (IOException ignored) {
                // the process was killed: its output simply ends
            }
        }

        /** Failsafe starts tests from a manifest-only jar; the real class path is kept in this property. */
        private static String classPath() {
            var path = System.getProperty("surefire.test.class.path");
            return path != null && !path.isBlank() ? path : System.getProperty("java.class.path");
        }
    }
}
