package london.victimvoice.portal.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.support.MariaDbTestSupport;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.TestPeople;

/**
 * The re-link test, on real MariaDB: eight people answer two questions in a known order with known
 * words, then an attacker who can read the whole database and the logs, and who even knows the
 * order in which people pressed "Send", tries every join there is and must fail to tie any answer
 * to a person: the schema (a column holding a person's id, or any value shared with the marker
 * table), the ids (ordered like the inserts?), the times (anything finer than a day?), the row
 * order (natural {@code SELECT *} order and ORDER BY every column, paired with the marker table's
 * natural order and every ordering of it, and with the true answering order), every other table
 * (does any hold an answer's id, words or receipt code?) and the log output of the whole run.
 *
 * <p>The attacker is proved real on {@code leaky_answer}, a table made by this test the way a
 * careless change would store answers (a participant id, a {@code DATETIME(6)}, an AUTO_INCREMENT
 * id) and filled in the same run: the same attacker links all eight answers there.
 */
@SpringBootTest(properties = { "portal.messaging.outbox.dispatch=off", "logging.level.london.victimvoice=DEBUG",
        "logging.level.org.springframework.jdbc=DEBUG", "logging.level.org.springframework.transaction=DEBUG",
        "logging.level.org.mariadb.jdbc=DEBUG" })
@ActiveProfiles("test")
@Import(AnswerRelinkIT.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class AnswerRelinkIT implements MariaDbTestSupport {

    /** Tuesday 2 March 2032, 8am in London: answers then come in over the day, an hour apart. */
    static final Instant MORNING = Instant.parse("2032-03-02T08:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2032, 3, 2);
    static final int PEOPLE = 8;
    static final List<String> OPENINGS = List.of("Maybe more lights", "Calmer trains", "Two stops are dark",
            "A safer walk", "Really late buses", "Good staff help", "Police patrols", "Every night it is busy");

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(MORNING);
        }
    }

    @Autowired
    Answers answers;

    @Autowired
    Questions questions;

    @Autowired
    VoiceSubscriptions subscriptions;

    @Autowired
    ForumStewards stewards;

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    /** What really happened: who wrote which words, in which order. The attacker never reads it. */
    record Truth(UUID question, List<UUID> order, Map<String, UUID> writerOfText) {
    }

    /** How an attack strategy did: how many of the answers it tied to the right person. */
    record Attempt(String strategy, int correct) {
    }

    @Test
    void no_join_ties_an_answer_to_its_writer(CapturedOutput output) throws Exception {
        var fixture = new VoiceFixture(new TestPeople(signUps, approvals), questions, subscriptions, stewards, jdbc);
        jdbc.execute("CREATE TABLE leaky_answer (id BIGINT AUTO_INCREMENT PRIMARY KEY, question_id CHAR(36) NOT NULL,"
                + " participant_id CHAR(36) NOT NULL, created_at DATETIME(6) NOT NULL, answer_text VARCHAR(4000))");
        var people = new ArrayList<UUID>();
        for (var i = 0; i < PEOPLE; i++) {
            people.add(fixture.member());
        }
        clock.set(MORNING.minus(Duration.ofDays(1)));
        var first = fixture.post(TODAY, TODAY.plusDays(7), null, null);
        var second = fixture.post(TODAY, TODAY.plusDays(7), null, null);
        clock.set(MORNING);

        var secrets = new ArrayList<String>();
        var firstTruth = answerAll(first, people, "first", secrets);
        var reversed = new ArrayList<>(people.reversed());
        reversed.add(reversed.removeFirst()); // a different order again for the second question
        var secondTruth = answerAll(second, reversed, "second", secrets);

        // The refusals and lookups a busy day brings, so their log lines are checked too.
        var tooLong = "refused words that must never be logged " + "x".repeat(3000);
        secrets.add(tooLong.substring(0, 40));
        assertThat(catchReason(() -> answers.submit(people.getFirst(), first, new AnswerDraft("again, secret words"
                + " of a second try", null, null)))).isEqualTo(AnswerRefused.Reason.ALREADY_ANSWERED);
        secrets.add("again, secret words of a second try");
        assertThat(catchReason(() -> answers.submit(fixture.member(), first, new AnswerDraft(tooLong, null, null))))
                .isEqualTo(AnswerRefused.Reason.TOO_LONG);
        assertThat(answers.lookup("wrong-wrong-wrong-12", "relink")).isInstanceOf(ReceiptLookup.NotFound.class);
        assertThat(answers.released(first).answers()).hasSize(PEOPLE);

        // (a)-(d): the attacker against the real tables...
        // A strategy is a way to link, not luck: it must tie every answer of both questions. (One random
        // order of eight matches the truth by chance once in 40,320; the attacker tries a few hundred.)
        var real = new HashMap<String, Integer>();
        var best = new ArrayList<Attempt>();
        for (var truth : List.of(firstTruth, secondTruth)) {
            var tried = attack("voice_answer", truth, people);
            tried.forEach(a -> real.merge(a.strategy(), a.correct(), Integer::sum));
            best.add(tried.stream().max(java.util.Comparator.comparingInt(Attempt::correct)).orElseThrow());
        }
        assertThat(real).as("strategies on voice_answer").isNotEmpty()
                .allSatisfy((strategy, correct) -> assertThat(correct).as(strategy).isLessThan(2 * PEOPLE));
        // ...and against a table that stores answers the careless way: the attacker is real.
        var leakyReal = new HashMap<String, Integer>();
        for (var truth : List.of(firstTruth, secondTruth)) {
            attack("leaky_answer", truth, people).forEach(a -> leakyReal.merge(a.strategy(), a.correct(),
                    Integer::sum));
        }
        assertThat(leakyReal).as("the same attacker links every answer in leaky_answer")
                .containsEntry("leaky_answer.participant_id = a person", 2 * PEOPLE)
                .containsEntry("leaky_answer created_at ASC x true answering order", 2 * PEOPLE)
                .containsEntry("leaky_answer id ASC x true answering order", 2 * PEOPLE);
        System.err.println("Re-link test: best strategy per question on voice_answer " + best + " (out of " + PEOPLE
                + "); best over both " + real.values().stream().max(Integer::compare).orElseThrow() + " of "
                + 2 * PEOPLE);

        // The schema itself: the allowed columns only, nothing finer than a day, keys only to the question.
        var columns = VoiceSchema.columns(dataSource, "voice_answer");
        assertThat(columns.keySet()).containsExactlyInAnyOrderElementsOf(VoiceSchema.ANSWER_COLUMNS);
        assertThat(columns.values()).noneMatch(VoiceSchema.TIME_TYPES::contains);
        assertThat(VoiceSchema.columns(dataSource, "voice_answered").values())
                .noneMatch(VoiceSchema.TIME_TYPES::contains);
        assertThat(jdbc.queryForList("SELECT DISTINCT referenced_table_name FROM information_schema.key_column_usage"
                + " WHERE table_schema = DATABASE() AND table_name = 'voice_answer'"
                + " AND referenced_table_name IS NOT NULL", String.class)).containsExactly("voice_question");
        assertThat(jdbc.queryForList("SELECT DISTINCT answered_on FROM voice_answer", LocalDate.class))
                .as("eight answers over a day share one date").containsExactly(TODAY);
        assertThat(VoiceSchema.columns(dataSource, "leaky_answer").values()).as("the fixture is detectable")
                .anyMatch(VoiceSchema.TIME_TYPES::contains);

        // (b) ids: random (version 4), not a counter.
        var ids = jdbc.queryForList("SELECT id FROM voice_answer", String.class);
        assertThat(ids).hasSize(2 * PEOPLE).allMatch(id -> UUID.fromString(id).version() == 4);

        // Every other table: none holds an answer's id, words or receipt code.
        var answerIds = new HashSet<>(ids);
        everyTextValue((table, column, value) -> {
            var answerTables = Set.of("voice_answer", "voice_answer_theme", "leaky_answer");
            if (!answerTables.contains(table)) {
                assertThat(answerIds).as(table + "." + column + " holds an answer id").doesNotContain(value);
                for (var secret : secrets) {
                    assertThat(value).as(table + "." + column).doesNotContain(secret);
                }
            }
        });

        // (e) logs: nothing said during the whole run names an answer's words, id or receipt code.
        var logged = output.getAll();
        assertThat(logged).as("the run logged something (the capture works)").contains("Re-link test");
        for (var secret : secrets) {
            assertThat(logged).as("log output").doesNotContain(secret);
        }
        for (var id : answerIds) {
            assertThat(logged).as("log output").doesNotContain(id);
        }
    }

    private Truth answerAll(UUID question, List<UUID> order, String label, List<String> secrets) {
        var writerOfText = new LinkedHashMap<String, UUID>();
        var at = MORNING;
        for (var i = 0; i < order.size(); i++) {
            clock.set(at);
            var person = order.get(i);
            // Words whose alphabetical order is not the order of answering: words are the writer's own,
            // and ordering by them must not stand in for ordering by time.
            var text = OPENINGS.get(i) + " (the " + label + " answer, late buses on route " + (100 + i) + ")";
            var code = answers.submit(person, question, new AnswerDraft(text, null, null));
            secrets.add(text);
            secrets.add(code.value());
            secrets.add(code.value().replace('-', ' '));
            writerOfText.put(text, person);
            // The careless way, for the proof that the attacker works.
            jdbc.update("INSERT INTO leaky_answer (question_id, participant_id, created_at, answer_text)"
                    + " VALUES (?, ?, ?, ?)", question.toString(), person.toString(), Timestamp.from(at), text);
            at = at.plus(Duration.ofMinutes(61));
        }
        return new Truth(question, List.copyOf(order), writerOfText);
    }

    private AnswerRefused.Reason catchReason(Runnable action) {
        try {
            action.run();
            return null;
        } catch (AnswerRefused e) {
            return e.reason();
        }
    }

    /**
     * Everything the attacker tries against one answer table for one question. Rows are judged by
     * their words, which only the referee knows belong to whom.
     */
    private List<Attempt> attack(String table, Truth truth, List<UUID> everyone) throws Exception {
        var q = truth.question().toString();
        var columns = new ArrayList<>(VoiceSchema.columns(dataSource, table).keySet());
        var tried = new ArrayList<Attempt>();

        // (a) schema: any column whose values are people's ids, or hashes of them, or equal a marker value.
        var markerValues = new HashSet<String>();
        jdbc.queryForList("SELECT * FROM voice_answered").forEach(row -> row.entrySet().stream()
                .filter(e -> !Set.of("question_id", "mix").contains(e.getKey().toLowerCase(Locale.ROOT)))
                .forEach(e -> markerValues.add(String.valueOf(e.getValue()))));
        var personOf = new HashMap<String, UUID>();
        for (var person : everyone) {
            personOf.put(person.toString(), person);
            personOf.put(sha256(person.toString()), person);
            personOf.put(sha256(q + ":" + person), person);
            personOf.put(sha256(person + ":" + q), person);
        }
        var rows = jdbc.queryForList("SELECT * FROM " + table + " WHERE question_id = ?", q);
        for (var column : columns) {
            var correct = 0;
            for (var row : rows) {
                var value = String.valueOf(value(row, column));
                var writer = truth.writerOfText().get(String.valueOf(value(row, "answer_text")));
                if (markerValues.contains(value) || personOf.containsKey(value)) {
                    if (Objects.equals(personOf.get(value), writer)) {
                        correct++;
                    }
                }
            }
            tried.add(new Attempt(table + "." + column + " = a person", correct));
        }

        // (c) and (d): orders. The answers in natural order and ordered by each column both ways...
        var answerOrders = new LinkedHashMap<String, List<UUID>>();
        answerOrders.put("natural", writers(jdbc.queryForList("SELECT * FROM " + table), q, truth));
        for (var column : columns) {
            for (var direction : List.of("ASC", "DESC")) {
                answerOrders.put(column + " " + direction, writers(jdbc.queryForList("SELECT * FROM " + table
                        + " WHERE question_id = ? ORDER BY " + column + " " + direction + ", id", q), q,
                        truth));
            }
        }
        // ...against the people in the true order of answering, the markers' natural order and every ordering.
        var peopleOrders = new LinkedHashMap<String, List<UUID>>();
        peopleOrders.put("true answering order", truth.order());
        peopleOrders.put("markers natural", markerPeople("SELECT * FROM voice_answered", q));
        for (var column : List.of("question_id", "participant_id", "mix")) {
            for (var direction : List.of("ASC", "DESC")) {
                peopleOrders.put("markers by " + column + " " + direction, markerPeople(
                        "SELECT * FROM voice_answered ORDER BY " + column + " " + direction + ", participant_id", q));
            }
        }
        for (var answersInOrder : answerOrders.entrySet()) {
            for (var peopleInOrder : peopleOrders.entrySet()) {
                var correct = 0;
                for (var i = 0; i < Math.min(answersInOrder.getValue().size(), peopleInOrder.getValue().size()); i++) {
                    if (answersInOrder.getValue().get(i).equals(peopleInOrder.getValue().get(i))) {
                        correct++;
                    }
                }
                tried.add(new Attempt(table + " " + answersInOrder.getKey() + " x "
                        + peopleInOrder.getKey(), correct));
            }
        }
        return tried;
    }

    private static Object value(Map<String, Object> row, String column) {
        for (var e : row.entrySet()) {
            if (e.getKey().equalsIgnoreCase(column)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The true writers of the question's rows, in the order given (the referee's view). */
    private static List<UUID> writers(List<Map<String, Object>> rows, String question, Truth truth) {
        return rows.stream().filter(r -> question.equals(String.valueOf(value(r, "question_id"))))
                .map(r -> truth.writerOfText().get(String.valueOf(value(r, "answer_text")))).toList();
    }

    private List<UUID> markerPeople(String sql, String question) {
        return jdbc.queryForList(sql).stream().filter(r -> question.equals(String.valueOf(value(r, "question_id"))))
                .map(r -> UUID.fromString(String.valueOf(value(r, "participant_id")))).toList();
    }

    interface ValueCheck {
        void check(String table, String column, String value);
    }

    /** Every text value of every table in the database. */
    private void everyTextValue(ValueCheck check) {
        var textColumns = jdbc.queryForList("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'text', 'mediumtext',"
                + " 'longtext', 'tinytext')");
        for (var column : textColumns) {
            var table = String.valueOf(value(column, "table_name")).toLowerCase(Locale.ROOT);
            var name = String.valueOf(value(column, "column_name")).toLowerCase(Locale.ROOT);
            for (var value : jdbc.queryForList("SELECT `" + name + "` FROM `" + table + "` WHERE `" + name
                    + "` IS NOT NULL", String.class)) {
                check.check(table, name, value);
            }
        }
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
