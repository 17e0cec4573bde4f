package london.victimvoice.portal.participants;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.NewMessage;
import london.victimvoice.portal.messaging.Outbox;
import london.victimvoice.portal.support.MutableClock;

/**
 * Acceptance 4 (a), a harness rather than a test: how long {@link Outbox#queueAll} takes for a
 * bulk send to 10,000 people, with the real participant directory (10,000 participants and their
 * sealed phone numbers inserted by SQL). Nothing is asserted about time; the figures are printed
 * and written to {@code target/benchmark/}. Not part of {@code verify}: run it by name (see
 * docs/PERFORMANCE.md).
 */
@SpringBootTest(properties = "portal.messaging.outbox.dispatch=off")
@ActiveProfiles("test")
@Import(EnqueueBenchmark.Config.class)
abstract class EnqueueBenchmark {

    static final int PEOPLE = 10_000;
    static final int RUNS = 7;
    static final Instant TUESDAY_10AM = Instant.parse("2032-03-02T10:00:00Z");

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock benchmarkClock() {
            return new MutableClock(TUESDAY_10AM);
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataCipher cipher;

    @Autowired
    Outbox outbox;

    abstract String database();

    @Test
    void queue_a_bulk_send_to_ten_thousand_people() throws IOException {
        var people = insertPeople();
        var messages = new ArrayList<NewMessage>(PEOPLE);
        for (var id : people) {
            messages.add(NewMessage.to(id, "waiting-list-offer",
                    Map.of("forum", "Open forum", "accept_by", "Friday 5 March, 10am")));
        }
        var seconds = new ArrayList<Double>();
        var cpuSeconds = new ArrayList<Double>();
        var serverSeconds = new ArrayList<Double>();
        var threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run <= RUNS; run++) {
            jdbc.update("DELETE FROM outbox_message");
            var started = System.nanoTime();
            var cpuStarted = threads.getCurrentThreadCpuTime();
            var serverStarted = serverCpuSeconds();
            var planned = outbox.queueAll(messages);
            var took = (System.nanoTime() - started) / 1e9;
            // CPU time of this thread: all the work on H2 (in-process), the Java side only on MariaDB.
            var cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            var server = serverCpuSeconds() - serverStarted;
            if (planned.size() != PEOPLE || count() != PEOPLE) {
                throw new IllegalStateException("Queued " + count() + " of " + PEOPLE);
            }
            // The first run warms the JIT and the caches; it is reported but not in the median.
            if (run > 0) {
                seconds.add(took);
                cpuSeconds.add(cpu);
                serverSeconds.add(server);
            }
            System.out.printf("EnqueueBenchmark %s run %d: %.3f s (thread CPU %.3f s, embedded MariaDB server CPU %.2f s)%n",
                    database(), run, took, cpu, server);
        }
        var report = String.format("EnqueueBenchmark %s: %d messages, median %.3f s wall, %.3f s thread CPU,"
                        + " %.2f s embedded MariaDB server CPU; wall %s; CPU %s; server CPU %s; load average %s%n",
                database(), PEOPLE, median(seconds), median(cpuSeconds), median(serverSeconds), format(seconds),
                format(cpuSeconds), format(serverSeconds), loadAverage());
        System.out.print(report);
        var folder = Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(folder.resolve("enqueue-" + database() + ".txt"), report);
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static List<String> format(List<Double> values) {
        return values.stream().map(v -> String.format("%.3f", v)).toList();
    }

    /**
     * CPU seconds used so far by the embedded MariaDB server (a child process of this JVM), from
     * /proc; 0 on H2 or another server. Counts its background work too, so an upper bound.
     */
    private static double serverCpuSeconds() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                .mapToDouble(p -> {
                    try {
                        var stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
                        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second on Linux)
                        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                    } catch (IOException | RuntimeException e) {
                        return 0;
                    }
                }).sum();
    }

    /** How busy the machine was: on a shared build machine the wall times depend on it. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private int count() {
        var n = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message", Integer.class);
        return n == null ? 0 : n;
    }

    /** People as sign-up stores them, safe by SMS on every day and time, numbers sealed. */
    private List<UUID> insertPeople() {
        var ids = new ArrayList<UUID>(PEOPLE);
        var participants = new ArrayList<Object[]>(PEOPLE);
        var contacts = new ArrayList<Object[]>(PEOPLE);
        var now = Timestamp.from(TUESDAY_10AM);
        for (int i = 0; i < PEOPLE; i++) {
            var id = UUID.randomUUID();
            var contactId = UUID.randomUUID();
            var phone = "+447" + String.format("%09d", i);
            ids.add(id);
            participants.add(new Object[] {id.toString(), cipher.seal("Person " + i, Participant.CHOSEN_NAME, id),
                    "SMS", "FRIDAY,MONDAY,SATURDAY,SUNDAY,THURSDAY,TUESDAY,WEDNESDAY", "AFTERNOON,EVENING,MORNING",
                    true, "", now});
            contacts.add(new Object[] {contactId.toString(), id.toString(), ChannelType.SMS.name(),
                    cipher.contactHash(ChannelType.SMS, phone), cipher.seal(phone, ParticipantContact.RECIPIENT,
                    contactId), now});
        }
        jdbc.batchUpdate("INSERT INTO participant (id, chosen_name, safe_channels, safe_days, safe_times,"
                + " discreet_messages, access_needs, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", participants);
        jdbc.batchUpdate("INSERT INTO participant_contact (id, participant_id, channel, contact_hash, recipient,"
                + " verified_at) VALUES (?, ?, ?, ?, ?, ?)", contacts);
        return ids;
    }
}
