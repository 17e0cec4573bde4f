package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import london.victimvoice.portal.support.FakeDirectory;
import london.victimvoice.portal.support.FakeTwilio;
import london.victimvoice.portal.support.FakeTwilio.FakeMessage;
import london.victimvoice.portal.support.TestMariaDb;

/**
 * Two application contexts, each with its own dispatcher, drain one outbox on one real MariaDB
 * through a fake Twilio that counts every create request per recipient. Twilio misbehaves on the
 * way (429s, 500s, answers that arrive after the timeout), and still every person gets exactly one
 * text: a refused request is retried, an unanswered one is looked up, not resent.
 */
class TwoNodesIT {

    static final int PEOPLE = 10_000;
    static final int RATE_LIMITED = 5;
    static final int SERVER_ERRORS = 5;
    static final int SLOW = 5;

    @Test
    void two_nodes_send_ten_thousand_messages_once_each_through_faults() throws Exception {
        var offset = ReliabilityNode.offsetToDaytime();
        var database = TestMariaDb.newDatabase();
        try (var twilio = FakeTwilio.start(ReliabilityNode.daytimeClock(offset))) {
            twilio.slowAnswersTake(Duration.ofSeconds(2));
            var nodes = new ArrayList<ConfigurableApplicationContext>();
            try {
                for (var name : List.of("node-a", "node-b")) {
                    nodes.add(ReliabilityNode.start(ReliabilityNode.settings(database, twilio, offset, PEOPLE,
                            Map.of("portal.messaging.outbox.node", name))));
                }
                var jdbc = nodes.getFirst().getBean(JdbcTemplate.class);
                var messages = new ArrayList<NewMessage>(PEOPLE);
                for (int i = 0; i < PEOPLE; i++) {
                    messages.add(ReliabilityNode.message(i));
                }
                var started = System.nanoTime();
                nodes.getFirst().getBean(Outbox.class).queueAll(messages);
                var queued = System.nanoTime();

                var faults = new ArrayList<Runnable>(List.of(
                        () -> twilio.failNextCreates(RATE_LIMITED, FakeTwilio.Fault.RATE_LIMITED),
                        () -> twilio.failNextCreates(SERVER_ERRORS, FakeTwilio.Fault.SERVER_ERROR),
                        () -> twilio.failNextCreates(SLOW, FakeTwilio.Fault.SLOW_AFTER_RECORDING)));
                var deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
                int unsent;
                while ((unsent = unsent(jdbc)) > 0 && System.nanoTime() < deadline) {
                    // Faults land part-way through, while both nodes are busy.
                    if (!faults.isEmpty() && twilio.createRequests() >= (4 - faults.size()) * PEOPLE / 4) {
                        faults.removeFirst().run();
                    }
                    Thread.sleep(100);
                }
                var drained = System.nanoTime();

                var byNode = new HashMap<String, Integer>();
                jdbc.query("SELECT claimed_by, COUNT(*) AS n FROM outbox_message GROUP BY claimed_by",
                        rs -> {
                            // A claim is named "<node>/<counter>"; the node is what counts here.
                            var claim = rs.getString("claimed_by");
                            byNode.merge(claim.substring(0, claim.indexOf('/')), rs.getInt("n"), Integer::sum);
                        });
                System.out.printf("TwoNodesIT: queued %d in %.2f s, drained in %.1f s; by node %s;"
                                + " creates %d, lookups %d%n", PEOPLE, (queued - started) / 1e9,
                        (drained - queued) / 1e9, byNode, twilio.createRequests(), twilio.lookupRequests());

                assertThat(unsent).as("messages not sent").isZero();
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = 'sent'",
                        Integer.class)).isEqualTo(PEOPLE);
                assertThat(faults).as("faults not injected").isEmpty();

                var recorded = twilio.messages().stream()
                        .collect(Collectors.groupingBy(FakeMessage::to, Collectors.counting()));
                assertThat(recorded).as("people Twilio has a message for").hasSize(PEOPLE);
                assertThat(recorded.values()).as("messages per person at Twilio").containsOnly(1L);

                var retried = 0;
                for (int i = 0; i < PEOPLE; i++) {
                    var creates = twilio.createRequestsTo(FakeDirectory.phone(i));
                    assertThat(creates).as("create requests to person %d", i).isBetween(1, 2);
                    retried += creates - 1;
                }
                // Only requests Twilio refused (and so never recorded) were made again; the slow
                // ones, which Twilio had, were settled by a lookup.
                assertThat(retried).isEqualTo(RATE_LIMITED + SERVER_ERRORS);
                assertThat(twilio.createRequests()).isEqualTo(PEOPLE + RATE_LIMITED + SERVER_ERRORS);
                assertThat(twilio.lookupRequests()).isGreaterThanOrEqualTo(SLOW);
                assertThat(byNode).containsOnlyKeys("node-a", "node-b");
                assertThat(byNode.values()).allSatisfy(n -> assertThat(n).isGreaterThan(PEOPLE / 10));
            } finally {
                nodes.forEach(ConfigurableApplicationContext::close);
            }
        }
    }

    private static int unsent(JdbcTemplate jdbc) {
        var n = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status <> 'sent'", Integer.class);
        return n == null ? 0 : n;
    }
}
