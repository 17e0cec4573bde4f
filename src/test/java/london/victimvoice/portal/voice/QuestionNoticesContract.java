package london.victimvoice.portal.voice;

import static london.victimvoice.portal.voice.VoiceFixture.OTHER_FORUM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

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
import london.victimvoice.portal.participants.ForumMember;
import london.victimvoice.portal.participants.ForumMembers;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.TestPeople;

/**
 * The opening notice and the closing reminder of a question, on every database we run on: queued
 * once per person in the audience when the question opens, and before it closes only to those with
 * no "has answered" marker; a second sweep, or two at once, queue nothing again. Messages go through
 * the outbox to the dev outbox, as in production they go to SMS or email.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(QuestionNoticesContract.Config.class)
abstract class QuestionNoticesContract {

    /** Monday 1 March 2032, 9am in London (GMT). */
    static final Instant NOW = Instant.parse("2032-03-01T09:00:00Z");
    static final LocalDate OPENS = LocalDate.of(2032, 3, 2);
    static final LocalDate CLOSES = LocalDate.of(2032, 3, 8);

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    QuestionNotices notices;

    @Autowired
    Questions questions;

    @Autowired
    Answers answers;

    @Autowired
    VoiceSubscriptions subscriptions;

    @Autowired
    ForumStewards stewards;

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    ForumMembers forumMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    VoiceFixture fixture;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        fixture = new VoiceFixture(new TestPeople(signUps, approvals), questions, subscriptions, stewards, jdbc);
        // Earlier tests' questions are finished with: only this test's are swept.
        jdbc.update("UPDATE voice_question SET opening_notice_at = ?, closing_reminder_at = ?",
                java.sql.Timestamp.from(NOW), java.sql.Timestamp.from(NOW));
    }

    /** The application context is shared with tests that count forums' coordinators. */
    @AfterEach
    void leaveForumsAsFound() {
        VoiceFixture.leaveForumsAsFound(stewards, jdbc);
    }

    /** 9am London on a day: inside everyone's safe times, outside the quiet hours. */
    void morningOf(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(london.victimvoice.portal.base.LondonTimes.LONDON).toInstant());
    }

    List<UUID> queuedTo(UUID question, String template) {
        return jdbc.queryForList("SELECT participant_id FROM outbox_message WHERE about = ? AND template_id = ?",
                String.class, "voice-question:" + question, template).stream().map(UUID::fromString).toList();
    }

    /** What reached this person about questions (not the approval message before it). */
    List<String> delivered(String email) {
        return jdbc.queryForList("SELECT body FROM dev_outbox_message WHERE recipient = ? AND body LIKE '%question%'"
                + " ORDER BY id", String.class, email);
    }

    @Test
    void members_hear_once_when_a_question_opens_and_only_those_who_have_not_answered_before_it_closes() {
        var ann = fixture.person();
        var bo = fixture.person();
        var elsewhere = fixture.person(OTHER_FORUM);
        var question = fixture.post(OPENS, CLOSES, null, null);

        assertThat(notices.sweep()).as("not open yet").isZero();
        morningOf(OPENS);
        notices.sweep();
        var forum = forumMembers.of(VoiceFixture.FORUM).stream().map(ForumMember::participantId).toList();
        assertThat(queuedTo(question, QuestionNotices.OPENED)).contains(ann.id(), bo.id())
                .doesNotContain(elsewhere.id()).hasSameElementsAs(forum).doesNotHaveDuplicates();
        assertThat(delivered(ann.email())).singleElement().asString()
                .contains("There is a new question for your group. You can answer until Monday 8 March.")
                .doesNotContain("forum");
        assertThat(delivered(elsewhere.email())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT dedupe_key FROM outbox_message WHERE about = ? AND participant_id = ?",
                String.class, "voice-question:" + question, ann.id().toString()))
                .isEqualTo("question-opened:" + question + ":" + ann.id());
        assertThat(jdbc.queryForObject("SELECT opening_notice_at FROM voice_question WHERE id = ?",
                java.sql.Timestamp.class, question.toString())).isNotNull();
        assertThat(notices.sweep()).as("a second sweep queues nothing again").isZero();

        answers.submit(ann.id(), question, new AnswerDraft("Already said my piece", null, null));
        morningOf(CLOSES.minusDays(3));
        assertThat(notices.sweep()).as("not yet two days before closing").isZero();
        // Two days before the end of Monday 8 March is midnight starting Sunday 7 March.
        clock.set(Questions.closesAt(CLOSES).minus(java.time.Duration.ofDays(2)).minusSeconds(1));
        assertThat(notices.sweep()).as("a second before").isZero();
        morningOf(CLOSES.minusDays(1));
        assertThat(notices.sweep()).isEqualTo(forum.size() - 1);
        assertThat(queuedTo(question, QuestionNotices.CLOSING)).contains(bo.id()).doesNotContain(ann.id(),
                elsewhere.id()).hasSize(forum.size() - 1);
        assertThat(delivered(bo.email())).hasSize(2).last().asString()
                .contains("there is still time to answer the question for your group, until Monday 8 March");
        assertThat(notices.sweep()).as("one reminder only").isZero();
        assertThat(queuedTo(question, QuestionNotices.CLOSING)).hasSize(forum.size() - 1);
    }

    @Test
    void a_consultation_question_goes_to_the_pool_and_a_short_question_gets_no_reminder() {
        var pooled = fixture.poolPerson();
        var member = fixture.person();
        var question = fixture.postToConsultation(OPENS, OPENS.plusDays(1));
        morningOf(OPENS);
        notices.sweep();
        assertThat(queuedTo(question, QuestionNotices.OPENED)).contains(pooled.id()).doesNotContain(member.id());
        assertThat(queuedTo(question, QuestionNotices.OPENED)).hasSameElementsAs(
                subscriptions.subscribers(SubscriptionKind.CONSULTATIONS));

        // Open two days, the length of the reminder period: the opening notice said it all.
        notices.sweep();
        assertThat(queuedTo(question, QuestionNotices.CLOSING)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT closing_reminder_at FROM voice_question WHERE id = ?",
                java.sql.Timestamp.class, question.toString())).isNotNull();
    }

    @Test
    void a_question_that_closed_before_any_sweep_sends_nothing() {
        fixture.person();
        var question = fixture.post(OPENS, OPENS, null, null);
        clock.set(Questions.closesAt(OPENS));
        assertThat(notices.sweep()).isZero();
        assertThat(queuedTo(question, QuestionNotices.OPENED)).isEmpty();
    }

    @Test
    void two_sweeps_at_once_queue_each_notice_once() throws Exception {
        for (var i = 0; i < 3; i++) {
            fixture.person();
        }
        var first = fixture.post(OPENS, CLOSES, null, null);
        var second = fixture.post(OPENS, CLOSES, null, null);
        morningOf(OPENS);
        var members = queuedTo(first, QuestionNotices.OPENED).size();
        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<Integer> sweep = notices::sweep;
            for (var done : pool.invokeAll(List.of(sweep, sweep))) {
                done.get();
            }
        }
        assertThat(members).isZero();
        var ofFirst = queuedTo(first, QuestionNotices.OPENED);
        assertThat(ofFirst).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3);
        assertThat(queuedTo(second, QuestionNotices.OPENED)).doesNotHaveDuplicates().hasSameSizeAs(ofFirst);
    }
}
