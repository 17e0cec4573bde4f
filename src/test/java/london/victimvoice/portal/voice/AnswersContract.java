package london.victimvoice.portal.voice;

import static london.victimvoice.portal.voice.VoiceFixture.ADMIN;
import static london.victimvoice.portal.voice.VoiceFixture.OTHER_FORUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.TestPeople;
import london.victimvoice.portal.voice.AnswerRefused.Reason;

/**
 * Answering on every database we run on: one answer per person per question (also when two
 * submits race), every bad answer refused with nothing stored, the day only, a keyed hash of the
 * receipt code, one shared mix value per question; answers released only from the threshold and
 * in a new order each time; receipt codes opened forgivingly, with guessing rate-limited.
 */
@SpringBootTest(properties = { "portal.messaging.outbox.dispatch=off", "portal.voice.receipt-key=test-receipt-key" })
@ActiveProfiles("test")
@Import(AnswersContract.Config.class)
abstract class AnswersContract {

    /** Monday 1 March 2032, 9am in London (GMT). */
    static final Instant NOW = Instant.parse("2032-03-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2032, 3, 1);
    static final ChoicePart TRAVEL = new ChoicePart("How do you travel?", List.of("Bus", "Walk", "Car"));

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    Answers answers;

    @Autowired
    Questions questions;

    @Autowired
    ReceiptCodes codes;

    @Autowired
    ReceiptThrottle throttle;

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

    VoiceFixture fixture;
    UUID question;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        throttle.reset();
        fixture = new VoiceFixture(new TestPeople(signUps, approvals), questions, subscriptions, stewards, jdbc);
        question = fixture.post(TODAY, TODAY.plusDays(6), TRAVEL, "How safe do you feel?");
    }

    /** The application context is shared with tests that count forums' coordinators. */
    @AfterEach
    void leaveForumsAsFound() {
        VoiceFixture.leaveForumsAsFound(stewards, jdbc);
    }

    static AnswerDraft text(String text) {
        return new AnswerDraft(text, null, null);
    }

    long rows(String table, UUID questionId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE question_id = ?", Long.class,
                questionId.toString());
    }

    void refused(Reason reason, UUID participant, UUID questionId, AnswerDraft draft) {
        var answersBefore = rows("voice_answer", questionId);
        var markersBefore = rows("voice_answered", questionId);
        var refusal = catchThrowableOfType(AnswerRefused.class, () -> answers.submit(participant, questionId, draft));
        assertThat(refusal).as("refused " + reason).isNotNull();
        assertThat(refusal.reason()).isEqualTo(reason);
        assertThat(refusal.getMessage()).as("the message never carries the words").isEqualTo(reason.name());
        assertThat(refusal.messageKey()).isEqualTo("voice.answer.refused." + reason.name());
        assertThat(rows("voice_answer", questionId)).as("no answer stored").isEqualTo(answersBefore);
        assertThat(rows("voice_answered", questionId)).as("no marker stored").isEqualTo(markersBefore);
    }

    static String hmac(String key, String code) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(code.getBytes()));
    }

    @Test
    void an_answer_is_stored_apart_from_the_fact_that_its_writer_answered() throws Exception {
        var member = fixture.member();
        // 11:30pm on a summer evening in UTC is the next day in London.
        clock.set(Instant.parse("2032-03-06T23:30:00Z"));
        var summer = fixture.post(TODAY, LocalDate.of(2032, 7, 1), null, null);
        clock.set(Instant.parse("2032-06-30T23:30:00Z"));
        var code = answers.submit(member, summer, new AnswerDraft("  The buses stop at ten  ", null, null));

        assertThat(code.value()).matches("[a-z]{3,9}-[a-z]{3,9}-[a-z]{3,9}-[1-9][0-9]");
        assertThat(codes.words()).contains(code.value().split("-")[0], code.value().split("-")[1],
                code.value().split("-")[2]);
        assertThat(code.toString()).doesNotContain(code.value());
        assertThat(answers.hasAnswered(member, summer)).isTrue();
        assertThat(answers.hasAnswered(member, question)).isFalse();

        var row = jdbc.queryForMap("SELECT * FROM voice_answer WHERE question_id = ?", summer.toString());
        assertThat(row.get("answer_text")).isEqualTo("The buses stop at ten");
        assertThat(row.get("answered_on").toString()).as("London's day, and only the day").isEqualTo("2032-07-01");
        assertThat(row.get("receipt_hash")).isEqualTo(hmac("test-receipt-key", code.value()));
        assertThat(row.get("receipt_hash").toString()).doesNotContain(code.value());
        assertThat(UUID.fromString(row.get("id").toString()).version()).as("a random id").isEqualTo(4);
        assertThat(row.get("left_out")).isEqualTo(false);
        var marker = jdbc.queryForMap("SELECT * FROM voice_answered WHERE question_id = ?", summer.toString());
        assertThat(marker.keySet()).map(String::toLowerCase).containsExactlyInAnyOrder("question_id",
                "participant_id", "mix");
        assertThat(marker.get("participant_id")).isEqualTo(member.toString());
    }

    @Test
    void choice_and_scale_parts_may_stand_alone_and_must_be_one_of_those_offered() {
        answers.submit(fixture.member(), question, new AnswerDraft("", "Walk", null));
        answers.submit(fixture.member(), question, new AnswerDraft(" ", null, 5));
        answers.submit(fixture.member(), question, new AnswerDraft("Late buses", " Bus ", 1));
        assertThat(jdbc.queryForList("SELECT choice FROM voice_answer WHERE question_id = ?",
                String.class, question.toString())).containsExactlyInAnyOrder(null, "Bus", "Walk");

        refused(Reason.BAD_CHOICE, fixture.member(), question, new AnswerDraft("x", "Train", null));
        refused(Reason.BAD_CHOICE, fixture.member(), question, new AnswerDraft("x", "bus", null));
        refused(Reason.BAD_SCALE, fixture.member(), question, new AnswerDraft("x", null, 0));
        refused(Reason.BAD_SCALE, fixture.member(), question, new AnswerDraft("x", null, 6));
        var textOnly = fixture.post(TODAY, TODAY.plusDays(1), null, null);
        refused(Reason.BAD_CHOICE, fixture.member(), textOnly, new AnswerDraft("x", "Bus", null));
        refused(Reason.BAD_SCALE, fixture.member(), textOnly, new AnswerDraft("x", null, 3));
    }

    @Test
    void an_empty_answer_is_refused() {
        refused(Reason.EMPTY, fixture.member(), question, text(""));
        refused(Reason.EMPTY, fixture.member(), question, text(" \n\t "));
        refused(Reason.EMPTY, fixture.member(), question, new AnswerDraft("", " ", null));
        var textOnly = fixture.post(TODAY, TODAY.plusDays(1), null, null);
        refused(Reason.EMPTY, fixture.member(), textOnly, text("   "));
    }

    @Test
    void an_answer_longer_than_the_limit_is_refused_counting_characters() {
        refused(Reason.TOO_LONG, fixture.member(), question, text("a".repeat(10_000)));
        refused(Reason.TOO_LONG, fixture.member(), question, text("a".repeat(2001)));
        refused(Reason.TOO_LONG, fixture.member(), question, text("\uD83D\uDE00".repeat(2001)));
        answers.submit(fixture.member(), question, text("  " + "a".repeat(2000) + "  "));
        answers.submit(fixture.member(), question, text("\uD83D\uDE00".repeat(2000)));
        assertThat(rows("voice_answer", question)).isEqualTo(2);
    }

    @Test
    void answers_are_taken_only_while_the_question_is_open() {
        var member = fixture.member();
        var later = fixture.post(TODAY.plusDays(1), TODAY.plusDays(1), null, null);
        refused(Reason.NOT_OPEN_YET, member, later, text("Early"));
        clock.set(Questions.opensAt(TODAY.plusDays(1)));
        answers.submit(member, later, text("Just in time"));

        var other = fixture.member();
        clock.set(Questions.closesAt(TODAY.plusDays(1)).minusMillis(1));
        answers.submit(other, later, text("Last moment"));
        clock.set(Questions.closesAt(TODAY.plusDays(1)));
        refused(Reason.CLOSED, fixture.member(), later, text("Too late"));
    }

    @Test
    void once_the_answers_are_sent_for_sign_off_the_question_takes_no_more() {
        var member = fixture.member();
        jdbc.update("UPDATE voice_question SET moderation = 'submitted' WHERE id = ?", question.toString());

        refused(Reason.CLOSED, member, question, text("After the batch went"));
        assertThat(questions.openFor(member)).extracting(OpenQuestion::id).doesNotContain(question);
        assertThat(questions.forParticipant(member, question).orElseThrow().state()).isEqualTo(QuestionState.CLOSED);
    }

    @Test
    void answers_come_only_from_the_question_s_audience() {
        refused(Reason.NOT_IN_AUDIENCE, fixture.member(OTHER_FORUM), question, text("Not my forum"));
        refused(Reason.NOT_IN_AUDIENCE, fixture.poolMember(), question, text("Pool, not forum"));
        refused(Reason.NOT_IN_AUDIENCE, UUID.randomUUID(), question, text("Nobody"));
        var waiting = fixture.member(); // a signed-up person whose request was not yet approved:
        jdbc.update("UPDATE forum_request SET status = 'WAITING_LIST' WHERE participant_id = ?", waiting.toString());
        refused(Reason.NOT_IN_AUDIENCE, waiting, question, text("Waiting"));

        var consultation = fixture.postToConsultation(TODAY, TODAY.plusDays(2));
        refused(Reason.NOT_IN_AUDIENCE, fixture.member(), consultation, text("Not in the pool"));
        answers.submit(fixture.poolMember(), consultation, text("In the pool"));

        var shared = questions.post(ADMIN, VoiceFixture.question(TODAY, TODAY, null, null, OTHER_FORUM,
                VoiceFixture.FORUM));
        answers.submit(fixture.member(OTHER_FORUM), shared, text("Either forum will do"));

        var nowhere = UUID.randomUUID();
        var refusal = catchThrowableOfType(AnswerRefused.class, () -> answers.submit(fixture.member(), nowhere,
                text("x")));
        assertThat(refusal.reason()).isEqualTo(Reason.NO_SUCH_QUESTION);
    }

    @Test
    void a_second_answer_from_the_same_person_is_refused() {
        var member = fixture.member();
        answers.submit(member, question, text("First"));
        refused(Reason.ALREADY_ANSWERED, member, question, text("Second"));
        refused(Reason.ALREADY_ANSWERED, member, question, new AnswerDraft("", "Bus", null));
        assertThat(jdbc.queryForList("SELECT answer_text FROM voice_answer WHERE question_id = ?", String.class,
                question.toString())).containsExactly("First");
    }

    @Test
    void two_submits_racing_for_one_person_store_exactly_one_answer() throws Exception {
        for (var round = 0; round < 3; round++) {
            var member = fixture.member();
            var start = new CountDownLatch(1);
            Callable<String> submit = () -> {
                start.await();
                try {
                    answers.submit(member, question, text("Racing"));
                    return "stored";
                } catch (AnswerRefused e) {
                    return e.reason().name();
                }
            };
            var results = new ArrayList<String>();
            try (var pool = Executors.newFixedThreadPool(2)) {
                var futures = List.of(pool.submit(submit), pool.submit(submit));
                start.countDown();
                for (var f : futures) {
                    results.add(f.get());
                }
            }
            assertThat(results).containsExactlyInAnyOrder("stored", "ALREADY_ANSWERED");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voice_answered WHERE question_id = ? AND"
                    + " participant_id = ?", Long.class, question.toString(), member.toString())).isEqualTo(1);
        }
        assertThat(rows("voice_answer", question)).isEqualTo(3);
        assertThat(rows("voice_answered", question)).isEqualTo(3);
    }

    @Test
    void many_people_answering_at_once_are_all_stored() throws Exception {
        var members = new ArrayList<UUID>();
        for (var i = 0; i < 6; i++) {
            members.add(fixture.member());
        }
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(6)) {
            var futures = members.stream().map(m -> pool.submit(() -> {
                start.await();
                return answers.submit(m, question, text("At once"));
            })).toList();
            start.countDown();
            var codesGiven = new HashSet<String>();
            for (var f : futures) {
                codesGiven.add(f.get().value());
            }
            assertThat(codesGiven).hasSize(6);
        }
        assertThat(rows("voice_answer", question)).isEqualTo(6);
        assertThat(rows("voice_answered", question)).isEqualTo(6);
    }

    @Test
    void every_row_of_a_question_carries_one_new_mix_value_after_each_answer() {
        var other = fixture.post(TODAY, TODAY.plusDays(1), null, null);
        answers.submit(fixture.member(), other, text("Elsewhere"));
        var otherMix = jdbc.queryForList("SELECT mix FROM voice_answer WHERE question_id = ?", Integer.class,
                other.toString());
        var seen = new HashSet<Integer>();
        for (var i = 0; i < 4; i++) {
            answers.submit(fixture.member(), question, text("Answer " + i));
            var mixes = new HashSet<Integer>(jdbc.queryForList("SELECT mix FROM voice_answer WHERE question_id = ?",
                    Integer.class, question.toString()));
            mixes.addAll(jdbc.queryForList("SELECT mix FROM voice_answered WHERE question_id = ?", Integer.class,
                    question.toString()));
            assertThat(mixes).as("one value on every row of both tables").hasSize(1);
            seen.addAll(mixes);
        }
        assertThat(seen).as("a new value each time").hasSize(4);
        assertThat(jdbc.queryForList("SELECT mix FROM voice_answer WHERE question_id = ?", Integer.class,
                other.toString())).as("other questions untouched").isEqualTo(otherMix);
    }

    @Test
    void answers_are_released_only_from_the_threshold_and_in_a_new_order_each_time() {
        assertThat(answers.released(question)).isEqualTo(new ReleasedAnswers(0, 3, false, List.of()));
        answers.submit(fixture.member(), question, text("One"));
        answers.submit(fixture.member(), question, new AnswerDraft("Two", "Bus", 4));
        var below = answers.released(question);
        assertThat(below.released()).isFalse();
        assertThat(below.count()).isEqualTo(2);
        assertThat(below.answers()).isEmpty();

        answers.submit(fixture.member(), question, text("Three"));
        var released = answers.released(question);
        assertThat(released.released()).isTrue();
        assertThat(released.count()).isEqualTo(3);
        assertThat(released.threshold()).isEqualTo(3);
        assertThat(released.answers()).extracting(ReleasedAnswer::text).containsExactlyInAnyOrder("One", "Two",
                "Three");
        var two = released.answers().stream().filter(a -> "Two".equals(a.text())).findFirst().orElseThrow();
        assertThat(two.choice()).isEqualTo("Bus");
        assertThat(two.scale()).isEqualTo(4);
        assertThat(two.themes()).isEmpty();
        assertThat(two.leftOut()).isFalse();
        jdbc.update("INSERT INTO voice_answer_theme (answer_id, theme) VALUES (?, 'transport')", two.id().toString());
        jdbc.update("INSERT INTO voice_answer_theme (answer_id, theme) VALUES (?, 'night')", two.id().toString());
        assertThat(answers.released(question).answers().stream().filter(a -> a.id().equals(two.id())).findFirst()
                .orElseThrow().themes()).containsExactly("night", "transport");

        var orders = new HashSet<List<UUID>>();
        for (var i = 0; i < 60; i++) {
            orders.add(answers.released(question).answers().stream().map(ReleasedAnswer::id).toList());
        }
        assertThat(orders).as("3 answers read 60 times come in more than one order").hasSizeGreaterThan(1);
    }

    UUID answerIdOf(ReceiptCode code) {
        return UUID.fromString(jdbc.queryForObject("SELECT id FROM voice_answer WHERE receipt_hash = ?", String.class,
                codes.hash(code.value())));
    }

    @Test
    void a_receipt_code_opens_its_answer_however_it_is_typed() {
        var code = answers.submit(fixture.member(), question, text("Mine"));
        var parts = code.value().split("-");
        for (var typed : List.of(code.value(), code.value().toUpperCase(), "  " + parts[0] + " " + parts[1] + " "
                + parts[2] + " " + parts[3] + " ", parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3],
                parts[0] + " - " + parts[1] + "--" + parts[2] + parts[3])) {
            var found = answers.lookup(typed, "session-a");
            assertThat(found).as(typed).isEqualTo(new ReceiptLookup.Found(question, "How safe do you feel?", TODAY,
                    Answers.RECEIVED, List.of()));
        }
    }

    @Test
    void wrong_and_malformed_codes_find_nothing_and_look_the_same() {
        var code = answers.submit(fixture.member(), question, text("Mine"));
        var parts = code.value().split("-");
        var wrongNumber = parts[0] + "-" + parts[1] + "-" + parts[2] + "-" + (Integer.parseInt(parts[3]) == 99 ? 98
                : Integer.parseInt(parts[3]) + 1);
        for (var typed : List.of(wrongNumber, "maple-river-candle", "", "   ", "<script>alert(1)</script>",
                "x".repeat(5000), code.value() + "-1", "' OR 1=1 --")) {
            assertThat(answers.lookup(typed, "session-" + typed.hashCode())).as(typed)
                    .isEqualTo(new ReceiptLookup.NotFound());
        }
    }

    @Test
    void guessing_is_rate_limited_per_session_and_across_sessions() {
        var code = answers.submit(fixture.member(), question, text("Mine"));
        for (var i = 0; i < 5; i++) {
            assertThat(answers.lookup(code.value(), "owner")).as("finding your own code costs no try")
                    .isInstanceOf(ReceiptLookup.Found.class);
        }
        for (var i = 0; i < 10; i++) {
            assertThat(answers.lookup("maple-river-candle-" + (10 + i), "guesser"))
                    .isInstanceOf(ReceiptLookup.NotFound.class);
        }
        var limited = answers.lookup(code.value(), "guesser");
        assertThat(limited).as("even the right code is not checked once the limit is reached")
                .isInstanceOf(ReceiptLookup.TooManyTries.class);
        assertThat(((ReceiptLookup.TooManyTries) limited).tryAgainIn()).isEqualTo(Duration.ofMinutes(15));
        assertThat(answers.lookup(code.value(), "owner")).as("other sessions are not held up")
                .isInstanceOf(ReceiptLookup.Found.class);

        clock.advance(Duration.ofMinutes(5));
        assertThat(((ReceiptLookup.TooManyTries) answers.lookup("x", "guesser")).tryAgainIn())
                .isEqualTo(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(10));
        assertThat(answers.lookup(code.value(), "guesser")).as("after the window")
                .isInstanceOf(ReceiptLookup.Found.class);

        // Across sessions: 30 times the per-session limit in one window, then nobody new gets a try.
        throttle.reset();
        for (var i = 0; i < 300; i++) {
            assertThat(answers.lookup("wrong-wrong-wrong-11", "s" + i)).isInstanceOf(ReceiptLookup.NotFound.class);
        }
        assertThat(answers.lookup(code.value(), "fresh-session")).isInstanceOf(ReceiptLookup.TooManyTries.class);
    }

    @Test
    void the_status_follows_release_and_sign_off_and_shows_only_signed_off_insight() {
        var mine = answers.submit(fixture.member(), question, text("Mine"));
        var left = answers.submit(fixture.member(), question, text("Left out"));
        assertThat(((ReceiptLookup.Found) answers.lookup(mine.value(), "s")).status()).isEqualTo(Answers.RECEIVED);
        answers.submit(fixture.member(), question, text("Third"));
        assertThat(((ReceiptLookup.Found) answers.lookup(mine.value(), "s")).status()).isEqualTo(Answers.BEING_READ);

        var insight = UUID.randomUUID();
        jdbc.update("INSERT INTO voice_insight (id, question_id, title, summary, theme, created_by, created_at)"
                + " VALUES (?, ?, 'Late buses', 'People want later buses', 'transport', 'cora-voice', ?)",
                insight.toString(), question.toString(), Timestamp.from(NOW));
        jdbc.update("UPDATE voice_answer SET insight_id = ? WHERE id = ?", insight.toString(),
                answerIdOf(mine).toString());
        jdbc.update("UPDATE voice_answer SET insight_id = ?, left_out = TRUE WHERE id = ?", insight.toString(),
                answerIdOf(left).toString());
        var submitted = (ReceiptLookup.Found) answers.lookup(mine.value(), "s");
        assertThat(submitted.status()).isEqualTo(Answers.BEING_READ);
        assertThat(submitted.insightIds()).as("not signed off yet").isEmpty();

        jdbc.update("UPDATE voice_question SET moderation = 'signed-off', signed_off_by = 'abe',"
                + " signed_off_at = CURRENT_TIMESTAMP WHERE id = ?", question.toString());
        var signedOff = (ReceiptLookup.Found) answers.lookup(mine.value(), "s");
        assertThat(signedOff.status()).isEqualTo(Answers.SIGNED_OFF);
        assertThat(signedOff.insightIds()).containsExactly(insight);
        assertThat(((ReceiptLookup.Found) answers.lookup(left.value(), "s")).insightIds()).isEmpty();
    }

    @Test
    void receipt_codes_use_a_list_of_at_least_a_thousand_plain_words() {
        assertThat(codes.words()).hasSizeGreaterThanOrEqualTo(1000).allMatch(w -> w.matches("[a-z]{3,9}"))
                .doesNotHaveDuplicates();
        var made = new HashSet<String>();
        for (var i = 0; i < 2000; i++) {
            var code = codes.generate().value();
            assertThat(codes.normalise(code)).contains(code);
            made.add(code);
        }
        assertThat(made).as("no repeats in 2,000 codes").hasSize(2000);
        assertThat(Set.of(codes.hash("maple-river-candle-42"))).doesNotContain(codes.hash("maple-river-candle-43"));
    }
}
