package london.victimvoice.portal.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.support.MutableClock;

/**
 * Moderation, four-eyes sign-off and partner insight on every database we run on; subclasses pick
 * the database. Answers are written straight into the table (no person is involved at all).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ModerationContract.Config.class)
abstract class ModerationContract {

    static final Instant NOW = Instant.parse("2031-05-06T09:15:00Z");
    static final ForumManager ANA = new ForumManager("coord-ana", false);
    static final ForumManager BEN = new ForumManager("coord-ben", false);
    static final ForumManager ADMIN = new ForumManager("admin-ada", true);

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    Moderation moderation;

    @Autowired
    SignOffs signOffs;

    @Autowired
    Insights insights;

    @Autowired
    ForumStewards stewards;

    @Autowired
    VoiceProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    ModerationFixtures fixtures;
    UUID question;
    List<UUID> answers;
    Instant testStarted;

    @BeforeEach
    void aReleasedQuestion() throws InterruptedException {
        Thread.sleep(5);
        testStarted = Instant.now();
        clock.set(NOW);
        fixtures = new ModerationFixtures(jdbc);
        stewards.assign("open", ANA.username());
        stewards.assign("lgbtq", BEN.username());
        question = fixtures.question("Reporting online", "open");
        answers = fixtures.answers(question, "My name is Jordan Blake, ring me on 07700 900123",
                "The officer listened and I felt heard", "Nobody called back for three weeks",
                "Off topic: the buses were late");
    }

    /** The application context is shared with tests that count forums' coordinators. */
    @AfterEach
    void leaveForumsAsFound() {
        stewards.unassign("open", ANA.username());
        stewards.unassign("lgbtq", BEN.username());
    }

    // --- moderating ---------------------------------------------------------------------------

    @Test
    void a_moderator_sees_released_answers_with_suggestions_and_opening_is_recorded_as_viewed() {
        var batch = moderation.open(ANA, question).orElseThrow();

        assertThat(batch.released()).isTrue();
        assertThat(batch.answerCount()).isEqualTo(4);
        assertThat(batch.editable()).isTrue();
        assertThat(batch.answers()).extracting(a -> a.answer().id()).containsExactlyInAnyOrderElementsOf(answers);
        var named = batch.answers().stream().filter(a -> a.answer().id().equals(answers.getFirst())).findFirst()
                .orElseThrow();
        assertThat(named.suggestions()).extracting(RedactionSpan::kind)
                .containsExactly(RedactionKind.NAME, RedactionKind.PHONE);
        assertThat(fixtures.steps(question)).containsExactly("coord-ana:viewed");
        assertThat(batch.moderatedBy()).as("reading is not moderating").isFalse();
    }

    @Test
    void below_the_threshold_the_moderator_sees_a_count_and_nothing_is_recorded() {
        var early = fixtures.question("Too early", "open");
        fixtures.answers(early, "one", "two");

        var batch = moderation.open(ANA, early).orElseThrow();

        assertThat(batch.released()).isFalse();
        assertThat(batch.answerCount()).isEqualTo(2);
        assertThat(batch.answers()).isEmpty();
        assertThat(fixtures.steps(early)).isEmpty();
        refused(() -> moderation.redact(ANA, early, UUID.randomUUID(), "x"), ModerationRefused.NOT_RELEASED);
    }

    @Test
    void coordinators_moderate_only_their_forums_questions_and_any_consultation_question() {
        assertThat(moderation.open(BEN, question)).isEmpty();
        assertThat(moderation.open(ADMIN, question)).isPresent();
        assertThat(moderation.open(ANA, UUID.randomUUID())).isEmpty();
        refused(() -> moderation.redact(BEN, question, answers.getFirst(), "Hidden"),
                ModerationRefused.NO_SUCH_QUESTION);

        var consultation = fixtures.consultationQuestion("Police and Crime Plan", "Priorities");
        fixtures.answers(consultation, "a", "b", "c");
        assertThat(moderation.open(BEN, consultation)).isPresent();
        assertThat(moderation.open(ANA, consultation)).isPresent();
    }

    @Test
    void a_redaction_is_kept_beside_the_original_until_sign_off() {
        moderation.redact(ANA, question, answers.getFirst(), "  My name is [name], ring me on [phone number]  ");

        assertThat(fixtures.redacted(answers.getFirst())).isEqualTo("My name is [name], ring me on [phone number]");
        assertThat(fixtures.original(answers.getFirst())).isEqualTo("My name is Jordan Blake, ring me on 07700 900123");
        var shown = moderation.open(ANA, question).orElseThrow().answers().stream()
                .filter(a -> a.answer().id().equals(answers.getFirst())).findFirst().orElseThrow();
        assertThat(shown.answer().shown()).isEqualTo("My name is [name], ring me on [phone number]");
        assertThat(fixtures.steps(question)).contains("coord-ana:redact");

        moderation.redact(ANA, question, answers.getFirst(), "My name is Jordan Blake, ring me on 07700 900123");
        assertThat(fixtures.redacted(answers.getFirst())).as("the original again: no redaction").isNull();
    }

    @Test
    void bad_redactions_are_refused_and_change_nothing() {
        var answer = answers.getFirst();
        refused(() -> moderation.redact(ANA, question, answer, "   "), ModerationRefused.TEXT_EMPTY);
        refused(() -> moderation.redact(ANA, question, answer, "x".repeat(properties.maxAnswerLength() + 1)),
                ModerationRefused.TEXT_TOO_LONG);
        var other = fixtures.question("Another", "open");
        var otherAnswers = fixtures.answers(other, "a", "b", "c");
        refused(() -> moderation.redact(ANA, question, otherAnswers.getFirst(), "Hidden"),
                ModerationRefused.NO_SUCH_ANSWER);
        refused(() -> moderation.redact(ANA, question, UUID.randomUUID(), "Hidden"), ModerationRefused.NO_SUCH_ANSWER);
        refused(() -> moderation.redact(ANA, UUID.randomUUID(), answer, "Hidden"), ModerationRefused.NO_SUCH_QUESTION);

        assertThat(fixtures.redacted(answer)).isNull();
        assertThat(fixtures.redacted(otherAnswers.getFirst())).isNull();
        assertThat(fixtures.steps(question)).isEmpty();
        moderation.redact(ANA, question, answer, "x".repeat(properties.maxAnswerLength()));
        assertThat(fixtures.redacted(answer)).hasSize(properties.maxAnswerLength());
    }

    @Test
    void themes_are_normalised_and_checked() {
        var themes = moderation.tagThemes(ANA, question, answers.get(1), List.of("  Being   Heard ", "being heard",
                "", "Call-backs"));

        assertThat(themes).containsExactly("being heard", "call-backs");
        assertThat(jdbc.queryForList("SELECT theme FROM voice_answer_theme WHERE answer_id = ? ORDER BY theme",
                String.class, answers.get(1).toString())).containsExactly("being heard", "call-backs");
        refused(() -> moderation.tagThemes(ANA, question, answers.get(1), List.of("t".repeat(61))),
                ModerationRefused.THEME_TOO_LONG);
        refused(() -> moderation.tagThemes(ANA, question, answers.get(1), List.of("<b>bold</b>")),
                ModerationRefused.THEME_MARKUP);
        assertThat(moderation.tagThemes(ANA, question, answers.get(1), List.of("t".repeat(60)))).hasSize(1);
    }

    @Test
    void insights_need_a_title_a_summary_and_a_theme_and_group_only_this_questions_answers() {
        refused(() -> moderation.createInsight(ANA, question, " ", "Summary", "theme"), ModerationRefused.TITLE_EMPTY);
        refused(() -> moderation.createInsight(ANA, question, "Title", "", "theme"), ModerationRefused.SUMMARY_EMPTY);
        refused(() -> moderation.createInsight(ANA, question, "Title", "Summary", "  "), ModerationRefused.THEME_EMPTY);
        refused(() -> moderation.createInsight(ANA, question, "t".repeat(201), "Summary", "theme"),
                ModerationRefused.TITLE_TOO_LONG);
        refused(() -> moderation.createInsight(ANA, question, "Title", "s".repeat(4001), "theme"),
                ModerationRefused.SUMMARY_TOO_LONG);
        refused(() -> moderation.createInsight(ANA, question, "<script>x</script>", "Summary", "theme"),
                ModerationRefused.TITLE_MARKUP);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voice_insight WHERE question_id = ?", Integer.class,
                question.toString())).isZero();

        var insight = moderation.createInsight(ANA, question, "People feel heard", "Most felt listened to.",
                "Being Heard");
        moderation.group(ANA, question, answers.get(1), insight);
        assertThat(moderation.open(ANA, question).orElseThrow().insights()).singleElement().satisfies(i -> {
            assertThat(i.theme()).isEqualTo("being heard");
            assertThat(i.answers()).isEqualTo(1);
        });

        var other = fixtures.question("Another", "open");
        fixtures.answers(other, "a", "b", "c");
        var otherInsight = moderation.createInsight(ANA, other, "Elsewhere", "Not this one", "x");
        refused(() -> moderation.group(ANA, question, answers.get(2), otherInsight), ModerationRefused.NO_SUCH_INSIGHT);
        moderation.group(ANA, question, answers.get(1), null);
        assertThat(moderation.open(ANA, question).orElseThrow().insights().getFirst().answers()).isZero();
    }

    @Test
    void every_step_records_who_did_what() {
        var insight = moderation.createInsight(ANA, question, "Title", "Summary", "theme");
        moderation.group(ANA, question, answers.get(1), insight);
        moderation.leaveOut(ANA, question, answers.get(3), true);
        moderation.tagThemes(ANA, question, answers.get(1), List.of("theme"));
        moderation.redact(ANA, question, answers.getFirst(), "[name]");
        moderation.submit(ANA, question, fixtures.version(question));

        assertThat(fixtures.steps(question)).containsExactlyInAnyOrder("coord-ana:insight", "coord-ana:group",
                "coord-ana:leave-out", "coord-ana:theme", "coord-ana:redact", "coord-ana:submit");
        assertThat(jdbc.queryForList("SELECT recorded_at FROM voice_moderation_step WHERE question_id = ?",
                java.sql.Timestamp.class, question.toString())).allSatisfy(t -> assertThat(t.toInstant()).isEqualTo(NOW));
    }

    @Test
    void submitting_needs_an_insight_then_locks_the_batch_until_it_is_returned() {
        refused(() -> moderation.submit(ANA, question, fixtures.version(question)), ModerationRefused.NO_INSIGHT);
        var insight = moderation.createInsight(ANA, question, "Title", "Summary", "theme");
        refused(() -> moderation.submit(ANA, question, fixtures.version(question) + 7),
                ModerationRefused.CHANGED_MEANWHILE);

        moderation.submit(ANA, question, fixtures.version(question));

        assertThat(fixtures.moderation(question)).isEqualTo("submitted");
        assertThat(moderation.open(ANA, question).orElseThrow().editable()).isFalse();
        refused(() -> moderation.redact(ANA, question, answers.getFirst(), "x"), ModerationRefused.SUBMITTED);
        refused(() -> moderation.leaveOut(ANA, question, answers.getFirst(), true), ModerationRefused.SUBMITTED);
        refused(() -> moderation.tagThemes(ANA, question, answers.getFirst(), List.of("x")),
                ModerationRefused.SUBMITTED);
        refused(() -> moderation.group(ANA, question, answers.getFirst(), insight), ModerationRefused.SUBMITTED);
        refused(() -> moderation.createInsight(ANA, question, "T", "S", "t"), ModerationRefused.SUBMITTED);
        refused(() -> moderation.submit(ANA, question, fixtures.version(question)), ModerationRefused.SUBMITTED);

        refused(() -> signOffs.returnBatch("approver-amy", question, fixtures.version(question), "  "),
                ModerationRefused.REASON_EMPTY);
        refused(() -> signOffs.returnBatch("approver-amy", question, fixtures.version(question), "r".repeat(1001)),
                ModerationRefused.REASON_TOO_LONG);
        refused(() -> signOffs.returnBatch("approver-amy", question, fixtures.version(question), "<i>no</i>"),
                ModerationRefused.REASON_MARKUP);
        assertThat(fixtures.moderation(question)).isEqualTo("submitted");
        signOffs.returnBatch("approver-amy", question, fixtures.version(question), "Take out the bus answer");

        var returned = moderation.open(ANA, question).orElseThrow();
        assertThat(returned.status()).isEqualTo(ModerationStatus.RETURNED);
        assertThat(returned.returnedReason()).isEqualTo("Take out the bus answer");
        assertThat(returned.editable()).isTrue();
        moderation.leaveOut(ANA, question, answers.get(3), true);
        moderation.submit(ANA, question, fixtures.version(question));
        assertThat(fixtures.moderation(question)).isEqualTo("submitted");
    }

    // --- sign-off ---------------------------------------------------------------------------

    @Test
    void the_moderator_cannot_sign_off_their_own_batch_and_a_different_approver_can() {
        submitted("coord-ana");
        // Someone who is both coordinator and approver and moderated it.
        refused(() -> signOffs.signOff("coord-ana", question, fixtures.version(question)), ModerationRefused.OWN_BATCH);
        assertThat(signOffs.open("coord-ana", question).orElseThrow().moderatedBy()).isTrue();
        assertThat(fixtures.moderation(question)).isEqualTo("submitted");

        // Reading the answers does not count as moderating.
        moderation.open(new ForumManager("approver-amy", true), question);
        assertThat(signOffs.open("approver-amy", question).orElseThrow().moderatedBy()).isFalse();
        signOffs.signOff("approver-amy", question, fixtures.version(question));

        assertThat(fixtures.moderation(question)).isEqualTo("signed-off");
        assertThat(jdbc.queryForObject("SELECT signed_off_by FROM voice_question WHERE id = ?", String.class,
                question.toString())).isEqualTo("approver-amy");
        assertThat(jdbc.queryForObject("SELECT signed_off_at FROM voice_question WHERE id = ?",
                java.sql.Timestamp.class, question.toString()).toInstant()).isEqualTo(NOW);
        assertThat(fixtures.steps(question)).contains("approver-amy:signed-off");
    }

    @Test
    void reading_or_exporting_consultation_results_does_not_bar_an_approver_from_signing_off() {
        submitted("coord-ana");
        for (var action : java.util.List.of("viewed-results", "exported")) {
            jdbc.update("INSERT INTO voice_moderation_step (id, question_id, staff_username, action, recorded_at)"
                    + " VALUES (?, ?, 'approver-amy', ?, ?)", java.util.UUID.randomUUID().toString(), question.toString(),
                    action, java.sql.Timestamp.from(NOW));
        }

        signOffs.signOff("approver-amy", question, fixtures.version(question));

        assertThat(fixtures.moderation(question)).isEqualTo("signed-off");
    }

    @Test
    void any_moderating_step_bars_that_person_from_signing_off() {
        var insight = moderation.createInsight(ANA, question, "Title", "Summary", "theme");
        var admin = new ForumManager("approver-bo", true);
        moderation.group(admin, question, answers.get(1), insight);
        moderation.submit(ANA, question, fixtures.version(question));

        refused(() -> signOffs.signOff("approver-bo", question, fixtures.version(question)),
                ModerationRefused.OWN_BATCH);
    }

    @Test
    void signing_off_twice_or_before_submitting_is_refused() {
        refused(() -> signOffs.signOff("approver-amy", question, fixtures.version(question)),
                ModerationRefused.NOT_SUBMITTED);
        refused(() -> signOffs.signOff("approver-amy", UUID.randomUUID(), 0), ModerationRefused.NO_SUCH_QUESTION);
        submitted("coord-ana");
        var version = fixtures.version(question);
        refused(() -> signOffs.signOff("approver-amy", question, version - 1), ModerationRefused.CHANGED_MEANWHILE);

        signOffs.signOff("approver-amy", question, version);

        refused(() -> signOffs.signOff("approver-amy", question, version), ModerationRefused.ALREADY_SIGNED_OFF);
        refused(() -> signOffs.signOff("approver-cal", question, fixtures.version(question)),
                ModerationRefused.ALREADY_SIGNED_OFF);
        refused(() -> signOffs.returnBatch("approver-cal", question, fixtures.version(question), "Too late"),
                ModerationRefused.ALREADY_SIGNED_OFF);
        refused(() -> moderation.redact(ANA, question, answers.getFirst(), "x"), ModerationRefused.SIGNED_OFF);
        assertThat(jdbc.queryForObject("SELECT signed_off_by FROM voice_question WHERE id = ?", String.class,
                question.toString())).isEqualTo("approver-amy");
    }

    @Test
    void two_approvers_signing_off_at_once_sign_it_off_once() throws Exception {
        submitted("coord-ana");
        var version = fixtures.version(question);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var outcomes = new ArrayList<java.util.concurrent.Future<String>>();
            for (var approver : List.of("approver-amy", "approver-cal")) {
                Callable<String> attempt = () -> {
                    start.await();
                    try {
                        signOffs.signOff(approver, question, version);
                        return "signed";
                    } catch (ModerationRefused refused) {
                        return refused.messageKey();
                    }
                };
                outcomes.add(pool.submit(attempt));
            }
            start.countDown();
            var results = new ArrayList<String>();
            for (var outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            Collections.sort(results);
            assertThat(results).hasSize(2).contains("signed");
            assertThat(results).filteredOn("signed"::equals).hasSize(1);
            assertThat(results).filteredOn(r -> !"signed".equals(r)).singleElement()
                    .isIn(ModerationRefused.ALREADY_SIGNED_OFF, ModerationRefused.CHANGED_MEANWHILE);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voice_moderation_step WHERE question_id = ?"
                + " AND action = 'signed-off'", Integer.class, question.toString())).isEqualTo(1);
        assertThat(fixtures.version(question)).isEqualTo(version + 1);
    }

    @Test
    void signing_off_discards_every_original_and_keeps_the_redacted_or_the_words_as_written() {
        var insight = moderation.createInsight(ANA, question, "Title", "Summary", "theme");
        moderation.redact(ANA, question, answers.getFirst(), "My name is [name], ring me on [phone number]");
        moderation.group(ANA, question, answers.getFirst(), insight);
        moderation.submit(ANA, question, fixtures.version(question));

        signOffs.signOff("approver-amy", question, fixtures.version(question));

        assertThat(jdbc.queryForList("SELECT answer_text FROM voice_answer WHERE question_id = ?", String.class,
                question.toString())).hasSize(4).containsOnlyNulls();
        assertThat(fixtures.redacted(answers.getFirst())).isEqualTo("My name is [name], ring me on [phone number]");
        assertThat(fixtures.redacted(answers.get(1))).isEqualTo("The officer listened and I felt heard");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voice_answer WHERE question_id = ? AND (answer_text LIKE ?"
                + " OR redacted_text LIKE ?)", Integer.class, question.toString(), "%07700%", "%07700%")).isZero();
        var batch = signOffs.open("approver-cal", question).orElseThrow();
        assertThat(batch.answers()).allSatisfy(a -> assertThat(a.answer().text()).isNull());
    }

    // --- partner insight ----------------------------------------------------------------------

    @Test
    void partners_see_insight_only_after_sign_off_without_left_out_answers_or_names() {
        var insight = moderation.createInsight(ANA, question, "People feel heard", "Most felt listened to.",
                "being heard");
        moderation.group(ANA, question, answers.get(1), insight);
        moderation.group(ANA, question, answers.get(2), insight);
        moderation.group(ANA, question, answers.get(3), insight);
        moderation.leaveOut(ANA, question, answers.get(3), true);
        moderation.redact(ANA, question, answers.get(2), "Nobody called back for [time]");
        assertThat(published(null, null)).isEmpty();

        moderation.submit(ANA, question, fixtures.version(question));
        assertThat(published(null, null)).as("submitted is not signed off").isEmpty();

        signOffs.signOff("approver-amy", question, fixtures.version(question));

        assertThat(published(null, null)).singleElement().satisfies(published -> {
            assertThat(published.title()).isEqualTo("People feel heard");
            assertThat(published.forumCodes()).containsExactly("open");
            assertThat(published.questionTitle()).isEqualTo("Reporting online");
            assertThat(published.answers()).containsExactlyInAnyOrder("The officer listened and I felt heard",
                    "Nobody called back for [time]");
            assertThat(published.answerCount()).isEqualTo(2);
            assertThat(published.fewerThan()).isEqualTo(properties.smallGroup());
            assertThat(published.toString()).doesNotContain("coord-ana", "approver-amy", "buses", "coord-setup");
        });
        assertThat(published("open", null)).hasSize(1);
        assertThat(published("lgbtq", null)).isEmpty();
        assertThat(published(null, "being heard")).hasSize(1);
        assertThat(published(null, "other")).isEmpty();
        assertThat(published(Insights.CONSULTATIONS, null)).isEmpty();
        assertThat(insights.themes()).contains("being heard").doesNotHaveDuplicates();
    }

    @Test
    void consultation_insight_comes_under_its_consultation_and_counts_from_the_small_group_up() {
        var consultation = fixtures.consultationQuestion("Police and Crime Plan", "What matters most");
        var many = fixtures.answers(consultation, "a1", "a2", "a3", "a4", "a5", "a6");
        var insight = moderation.createInsight(BEN, consultation, "Visible policing", "People want to see officers.",
                "visibility");
        many.forEach(a -> moderation.group(BEN, consultation, a, insight));
        moderation.submit(BEN, consultation, fixtures.version(consultation));
        signOffs.signOff("approver-amy", consultation, fixtures.version(consultation));

        assertThat(published(Insights.CONSULTATIONS, null)).singleElement().satisfies(published -> {
            assertThat(published.consultationTitle()).isEqualTo("Police and Crime Plan");
            assertThat(published.forumCodes()).isEmpty();
            assertThat(published.answerCount()).isEqualTo(6);
            assertThat(published.fewerThan()).isNull();
        });
        assertThat(published("open", null)).isEmpty();
    }

    /** Signed-off insights of the questions this test made (the database is shared by the tests). */
    private List<PublishedInsight> published(String forum, String theme) {
        var mine = Set.copyOf(jdbc.queryForList("SELECT id FROM voice_question WHERE created_at >= ?", String.class,
                java.sql.Timestamp.from(testStarted)));
        return insights.signedOff(forum, theme).stream().filter(i -> mine.contains(i.questionId().toString())).toList();
    }

    /** The question's batch with one insight, moderated and submitted by {@code moderator}. */
    private void submitted(String moderator) {
        var by = new ForumManager(moderator, true);
        var insight = moderation.createInsight(by, question, "People feel heard", "Most felt listened to.",
                "being heard");
        moderation.group(by, question, answers.get(1), insight);
        moderation.submit(by, question, fixtures.version(question));
    }

    private static void refused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ModerationRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }
}
