package london.victimvoice.portal.voice;

import static london.victimvoice.portal.voice.VoiceFixture.ADMIN;
import static london.victimvoice.portal.voice.VoiceFixture.CORA;
import static london.victimvoice.portal.voice.VoiceFixture.FORUM;
import static london.victimvoice.portal.voice.VoiceFixture.OTHER_FORUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.TestPeople;
import london.victimvoice.portal.voice.QuestionRefused.Problem;

/**
 * Posting questions and finding them, on every database we run on: every field is checked and all
 * problems come back at once with nothing saved; a question opens at the start of its first day
 * and closes at the end of its last, London time, exactly across clock changes; coordinators see
 * their forums' questions and every consultation's; participants see open questions of their forums
 * and, if they joined the pool, of consultations.
 */
@SpringBootTest(properties = "portal.messaging.outbox.dispatch=off")
@ActiveProfiles("test")
@Import(QuestionsContract.Config.class)
abstract class QuestionsContract {

    /** Monday 1 March 2032, 9am in London (GMT). Clocks go forward 28 March and back 31 October 2032. */
    static final Instant NOW = Instant.parse("2032-03-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2032, 3, 1);

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

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
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    VoiceFixture fixture;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        fixture = new VoiceFixture(new TestPeople(signUps, approvals), questions, subscriptions, stewards, jdbc);
    }

    /** The application context is shared with tests that count forums' coordinators. */
    @AfterEach
    void leaveForumsAsFound() {
        VoiceFixture.leaveForumsAsFound(stewards, jdbc);
    }

    long questionCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voice_question", Long.class);
    }

    List<Problem> refusal(ForumManager by, NewQuestion question) {
        var before = questionCount();
        var refused = catchThrowableOfType(QuestionRefused.class, () -> questions.post(by, question));
        assertThat(refused).as("refused").isNotNull();
        assertThat(questionCount()).as("nothing saved").isEqualTo(before);
        return refused.problems();
    }

    static NewQuestion valid() {
        return VoiceFixture.question(TODAY, TODAY.plusDays(7), null, null, FORUM);
    }

    static NewQuestion with(String title, String prompt, String guidance) {
        var q = valid();
        return new NewQuestion(title, prompt, guidance, q.forumCodes(), q.consultationId(), q.choice(),
                q.scalePrompt(), q.opensOn(), q.closesOn());
    }

    static NewQuestion withChoice(ChoicePart choice) {
        return VoiceFixture.question(TODAY, TODAY.plusDays(7), choice, null, FORUM);
    }

    @Test
    void a_question_is_saved_with_its_parts_and_opens_and_closes_on_london_days() {
        var id = questions.post(CORA, new NewQuestion("  Getting home  ", "How do you get home?", "  ",
                Set.of(FORUM), null, new ChoicePart("How do you travel?", List.of("Bus", " Walk\n on foot ", "Car")),
                "How safe do you feel?", LocalDate.of(2032, 3, 2), LocalDate.of(2032, 3, 9)));

        var q = questions.find(id).orElseThrow();
        assertThat(q.title()).isEqualTo("Getting home");
        assertThat(q.guidance()).as("blank guidance gets the default")
                .isEqualTo("Please do not include names, addresses or other details that could identify you or"
                        + " anyone else.");
        assertThat(q.forumCodes()).containsExactly(FORUM);
        assertThat(q.choice()).isEqualTo(new ChoicePart("How do you travel?", List.of("Bus", "Walk on foot", "Car")));
        assertThat(q.scalePrompt()).isEqualTo("How safe do you feel?");
        assertThat(q.opensAt()).isEqualTo(Instant.parse("2032-03-02T00:00:00Z"));
        assertThat(q.closesAt()).isEqualTo(Instant.parse("2032-03-10T00:00:00Z"));
        assertThat(Questions.lastDay(q.closesAt())).isEqualTo(LocalDate.of(2032, 3, 9));
        assertThat(q.state()).isEqualTo(QuestionState.UPCOMING);
        assertThat(q.moderation()).isEqualTo(ModerationStatus.OPEN);
        assertThat(q.createdBy()).isEqualTo(CORA.username());
    }

    @Test
    void opening_and_closing_are_exact_across_the_clock_changes() {
        // Clocks go forward at 1am on Sunday 28 March 2032: that day has 23 hours.
        var spring = questions.post(CORA, VoiceFixture.question(LocalDate.of(2032, 3, 28), LocalDate.of(2032, 3, 28),
                null, null, FORUM));
        var q = questions.find(spring).orElseThrow();
        assertThat(q.opensAt()).isEqualTo(Instant.parse("2032-03-28T00:00:00Z"));
        assertThat(q.closesAt()).isEqualTo(Instant.parse("2032-03-28T23:00:00Z"));
        assertThat(Duration.between(q.opensAt(), q.closesAt())).isEqualTo(Duration.ofHours(23));

        // Clocks go back at 2am on Sunday 31 October 2032: that day has 25 hours.
        var autumn = questions.post(CORA, VoiceFixture.question(LocalDate.of(2032, 10, 31), LocalDate.of(2032, 10, 31),
                null, null, FORUM));
        var a = questions.find(autumn).orElseThrow();
        assertThat(a.opensAt()).isEqualTo(Instant.parse("2032-10-30T23:00:00Z"));
        assertThat(a.closesAt()).isEqualTo(Instant.parse("2032-11-01T00:00:00Z"));
        assertThat(Questions.lastDay(a.closesAt())).isEqualTo(LocalDate.of(2032, 10, 31));

        clock.set(Instant.parse("2032-10-30T22:59:59Z"));
        assertThat(questions.find(autumn).orElseThrow().state()).isEqualTo(QuestionState.UPCOMING);
        clock.set(Instant.parse("2032-10-30T23:00:00Z"));
        assertThat(questions.find(autumn).orElseThrow().state()).isEqualTo(QuestionState.OPEN);
        clock.set(Instant.parse("2032-10-31T23:59:59Z"));
        assertThat(questions.find(autumn).orElseThrow().state()).isEqualTo(QuestionState.OPEN);
        clock.set(Instant.parse("2032-11-01T00:00:00Z"));
        assertThat(questions.find(autumn).orElseThrow().state()).isEqualTo(QuestionState.CLOSED);
    }

    @Test
    void every_problem_is_named_at_once_and_nothing_is_saved() {
        var problems = refusal(CORA, new NewQuestion(" ", "", "g".repeat(1001), Set.of(), null,
                new ChoicePart("", List.of("Only one")), "s".repeat(501), TODAY.minusDays(1), TODAY.minusDays(2)));
        assertThat(problems).extracting(Problem::field, Problem::messageKey).containsExactly(
                tuple("title", "voice.core.question.error.titleMissing"),
                tuple("prompt", "voice.core.question.error.promptMissing"),
                tuple("guidance", "voice.core.question.error.guidanceTooLong"),
                tuple("forums", "voice.core.question.error.audienceMissing"),
                tuple("choicePrompt", "voice.core.question.error.choicePromptMissing"),
                tuple("choiceOptions", "voice.core.question.error.optionsCount"),
                tuple("scalePrompt", "voice.core.question.error.scalePromptTooLong"),
                tuple("closesOn", "voice.core.question.error.closesOnPast"));
        assertThat(problems.get(2).args()).containsExactly(1000, 1001);
    }

    @Test
    void too_long_texts_are_refused_counting_characters_not_bytes() {
        assertThat(refusal(CORA, with("t".repeat(201), "p", ""))).extracting(Problem::messageKey)
                .containsExactly("voice.core.question.error.titleTooLong");
        assertThat(refusal(CORA, with("t", "p".repeat(2001), ""))).extracting(Problem::messageKey)
                .containsExactly("voice.core.question.error.promptTooLong");
        // 201 emoji are 402 UTF-16 chars but 201 characters.
        assertThat(refusal(CORA, with("\uD83D\uDE00".repeat(201), "p", ""))).extracting(p -> List.of(p.args()))
                .containsExactly(List.of(200, 201));
        var id = questions.post(CORA, with("é".repeat(200), "p".repeat(2000), "g".repeat(1000)));
        assertThat(questions.find(id).orElseThrow().title()).hasSize(200);
    }

    @Test
    void choices_need_two_to_eight_distinct_non_blank_options_of_up_to_200_characters() {
        assertThat(refusal(CORA, withChoice(new ChoicePart("Pick", List.of("a", "b", "c", "d", "e", "f", "g", "h",
                "i"))))).extracting(Problem::messageKey).containsExactly("voice.core.question.error.optionsCount");
        assertThat(refusal(CORA, withChoice(new ChoicePart("Pick", List.of("Bus", " ")))))
                .extracting(Problem::messageKey, p -> List.of(p.args()))
                .containsExactly(tuple("voice.core.question.error.optionBlank", List.of(2)));
        assertThat(refusal(CORA, withChoice(new ChoicePart("Pick", List.of("Bus", "bus ")))))
                .extracting(Problem::messageKey).containsExactly("voice.core.question.error.optionRepeated");
        assertThat(refusal(CORA, withChoice(new ChoicePart("Pick", List.of("Bus", "x".repeat(201))))))
                .extracting(Problem::messageKey).containsExactly("voice.core.question.error.optionTooLong");
        assertThat(refusal(CORA, withChoice(new ChoicePart("p".repeat(501), List.of("Bus", "Car")))))
                .extracting(Problem::messageKey).containsExactly("voice.core.question.error.choicePromptTooLong");
        var eight = questions.post(CORA, withChoice(new ChoicePart("Pick", List.of("a", "b", "c", "d", "e", "f", "g",
                "x".repeat(200)))));
        assertThat(questions.find(eight).orElseThrow().choice().options()).hasSize(8);
    }

    @Test
    void dates_must_be_in_order_and_not_over() {
        assertThat(refusal(CORA, VoiceFixture.question(TODAY.plusDays(3), TODAY.plusDays(2), null, null, FORUM)))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("closesOn", "voice.core.question.error.closesBeforeOpens"));
        assertThat(refusal(CORA, VoiceFixture.question(TODAY.minusDays(3), TODAY.minusDays(1), null, null, FORUM)))
                .extracting(Problem::messageKey).containsExactly("voice.core.question.error.closesOnPast");
        // Opening in the past and closing today is fine: it is open until midnight.
        var id = questions.post(CORA, VoiceFixture.question(TODAY.minusDays(3), TODAY, null, null, FORUM));
        assertThat(questions.find(id).orElseThrow().state()).isEqualTo(QuestionState.OPEN);
        // "Today" is London's: at 11:30pm UTC on a summer evening it is already tomorrow in London.
        clock.set(Instant.parse("2032-06-30T23:30:00Z"));
        assertThat(refusal(CORA, VoiceFixture.question(LocalDate.of(2032, 6, 30), LocalDate.of(2032, 6, 30), null,
                null, FORUM))).extracting(Problem::messageKey).containsExactly("voice.core.question.error.closesOnPast");
    }

    @Test
    void a_question_goes_to_forums_the_coordinator_looks_after_or_to_one_existing_consultation() {
        assertThat(refusal(CORA, VoiceFixture.question(TODAY, TODAY, null, null, FORUM, OTHER_FORUM)))
                .extracting(Problem::field, Problem::messageKey, p -> List.of(p.args()))
                .containsExactly(tuple("forums", "voice.core.question.error.forumNotYours", List.of(OTHER_FORUM)));
        assertThat(refusal(new ForumManager("nobody", false), valid())).extracting(Problem::messageKey)
                .containsExactly("voice.core.question.error.forumNotYours");
        assertThat(refusal(ADMIN, VoiceFixture.question(TODAY, TODAY, null, null, "no-such-forum")))
                .extracting(Problem::messageKey).containsExactly("voice.core.question.error.forumNotYours");
        var both = new NewQuestion("t", "p", "", Set.of(FORUM), fixture.consultation(), null, null, TODAY, TODAY);
        assertThat(refusal(CORA, both)).extracting(Problem::messageKey)
                .containsExactly("voice.core.question.error.audienceBoth");
        var unknown = new NewQuestion("t", "p", "", Set.of(), UUID.randomUUID(), null, null, TODAY, TODAY);
        assertThat(refusal(CORA, unknown)).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("consultation", "voice.core.question.error.consultationUnknown"));

        var admins = questions.post(ADMIN, VoiceFixture.question(TODAY, TODAY, null, null, FORUM, OTHER_FORUM));
        assertThat(questions.find(admins).orElseThrow().forumCodes()).containsExactly(OTHER_FORUM, FORUM);
        var consultation = fixture.postToConsultation(TODAY, TODAY);
        assertThat(questions.find(consultation).orElseThrow().forumCodes()).isEmpty();
    }

    @Test
    void coordinators_see_their_forums_questions_and_every_consultation_with_answer_counts() {
        var mine = fixture.post(TODAY, TODAY.plusDays(3), null, null);
        var theirs = questions.post(ADMIN, VoiceFixture.question(TODAY, TODAY, null, null, OTHER_FORUM));
        var shared = questions.post(ADMIN, VoiceFixture.question(TODAY, TODAY, null, null, OTHER_FORUM, FORUM));
        var consultation = fixture.postToConsultation(TODAY.plusDays(1), TODAY.plusDays(2));
        answers.submit(fixture.member(), mine, new AnswerDraft("Buses stop too early", null, null));

        var list = questions.forStaff(CORA);
        assertThat(list).extracting(QuestionSummary::id).contains(mine, shared, consultation).doesNotContain(theirs);
        var line = list.stream().filter(s -> s.id().equals(mine)).findFirst().orElseThrow();
        assertThat(line.answers()).isEqualTo(1);
        assertThat(line.state()).isEqualTo(QuestionState.OPEN);
        assertThat(list.stream().filter(s -> s.id().equals(consultation)).findFirst().orElseThrow().state())
                .isEqualTo(QuestionState.UPCOMING);
        assertThat(questions.forStaff(ADMIN)).extracting(QuestionSummary::id).contains(mine, theirs, shared,
                consultation);

        assertThat(questions.forStaff(CORA, mine)).isPresent();
        assertThat(questions.forStaff(CORA, theirs)).as("another forum's question").isEmpty();
        assertThat(questions.forStaff(CORA, UUID.randomUUID())).isEmpty();
        assertThat(questions.forStaff(ADMIN, theirs)).isPresent();
        assertThat(questions.find(theirs)).isPresent();
    }

    @Test
    void staff_lists_are_newest_first() {
        var first = fixture.post(TODAY, TODAY, null, null);
        clock.advance(Duration.ofMinutes(1));
        var second = fixture.post(TODAY, TODAY, null, null);
        var ids = questions.forStaff(CORA).stream().map(QuestionSummary::id).toList();
        assertThat(ids.indexOf(second)).isLessThan(ids.indexOf(first));
    }

    @Test
    void participants_see_open_questions_of_their_forums_and_consultations_only_if_they_joined_the_pool() {
        var member = fixture.member();
        var pool = fixture.poolMember();
        var open = fixture.post(TODAY.minusDays(1), TODAY.plusDays(1), null, null);
        var soon = fixture.post(TODAY.plusDays(1), TODAY.plusDays(2), null, null);
        var other = questions.post(ADMIN, VoiceFixture.question(TODAY, TODAY, null, null, OTHER_FORUM));
        var consultation = fixture.postToConsultation(TODAY, TODAY.plusDays(3));

        assertThat(questions.openFor(member)).extracting(OpenQuestion::id).contains(open)
                .doesNotContain(soon, other, consultation);
        assertThat(questions.openFor(pool)).extracting(OpenQuestion::id).contains(other, consultation)
                .doesNotContain(open, soon);

        assertThat(questions.forParticipant(member, open)).isPresent();
        assertThat(questions.forParticipant(member, soon)).as("upcoming, but for them").isPresent();
        assertThat(questions.forParticipant(member, other)).isEmpty();
        assertThat(questions.forParticipant(member, consultation)).isEmpty();
        assertThat(questions.forParticipant(pool, consultation)).isPresent();
        assertThat(questions.forParticipant(member, UUID.randomUUID())).isEmpty();

        answers.submit(member, open, new AnswerDraft("Fine", null, null));
        assertThat(questions.openFor(member)).filteredOn(q -> q.id().equals(open)).extracting(OpenQuestion::answered)
                .containsExactly(true);

        clock.set(Questions.closesAt(TODAY.plusDays(1)));
        assertThat(questions.openFor(member)).extracting(OpenQuestion::id).doesNotContain(open).contains(soon);
        assertThat(questions.openFor(fixture.member(OTHER_FORUM))).as("not in the pool").extracting(OpenQuestion::id)
                .doesNotContain(consultation);
    }
}
