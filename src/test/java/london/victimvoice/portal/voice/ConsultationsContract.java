package london.victimvoice.portal.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.ConsultationResults.GroupCount;
import london.victimvoice.portal.voice.ConsultationResults.OptionCount;
import london.victimvoice.portal.voice.ConsultationResults.QuestionResults;

/**
 * Consultations on every database we run on: starting one (and every way it is refused), and
 * results that never give a small group's exact number, show nothing below the release threshold,
 * show only signed-off redacted words (never the words as written), export them as CSV a
 * spreadsheet cannot run, and record every reading and export.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class ConsultationsContract {

    static final String MAKER = "contract-consultations";
    static final ConsultationStaff COORDINATOR = new ConsultationStaff("contract-coordinator", Set.of(Roles.COORDINATOR));
    static final ConsultationStaff PARTNER = new ConsultationStaff("contract-partner", Set.of(Roles.PARTNER));
    static final String ORIGINAL = "Officer Jane Smith at 12 Acacia Road was rude to me";
    static final String REDACTED = "Officer [name] at [address] was rude to me";

    @Autowired
    Consultations consultations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    VoiceRows rows;

    @BeforeEach
    void rows() {
        rows = new VoiceRows(jdbc, MAKER);
    }

    @AfterEach
    void tidy() {
        rows.removeAll();
        jdbc.update("DELETE FROM voice_consultation WHERE created_by LIKE 'contract-%'");
    }

    UUID consultation() {
        return rows.consultation("The Police and Crime Plan", "What should the plan do first?", clock.instant());
    }

    UUID question(UUID consultation, String title) {
        return rows.consultationQuestion(consultation, title, "Which matters most?", "A\nB", "How safe do you feel?",
                clock.instant());
    }

    void answers(UUID question, int n, String choice, int scale) {
        for (int i = 0; i < n; i++) {
            rows.answer(question, "words " + i, null, choice, scale, false, List.of());
        }
    }

    QuestionResults resultsOf(UUID consultation, UUID question) {
        return consultations.results(COORDINATOR, consultation).orElseThrow().questions().stream()
                .filter(q -> q.questionId().equals(question)).findFirst().orElseThrow();
    }

    static GroupCount fewer() {
        return new GroupCount(5, true);
    }

    // --- starting a consultation ---

    @Test
    void a_coordinator_starts_a_consultation_that_is_listed_and_found() {
        var id = consultations.create(COORDINATOR, "  Police and Crime Plan 2030  ", "What should come first?");

        var found = consultations.find(id).orElseThrow();
        assertThat(found.title()).isEqualTo("Police and Crime Plan 2030");
        assertThat(found.summary()).isEqualTo("What should come first?");
        assertThat(found.createdBy()).isEqualTo("contract-coordinator");
        assertThat(found.questions()).isEmpty();
        assertThat(consultations.list()).extracting(ConsultationSummary::id).contains(id);
        assertThat(consultations.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void an_admin_may_start_one_and_the_title_may_be_200_characters() {
        var admin = new ConsultationStaff("contract-admin", Set.of(Roles.ADMIN));
        var id = consultations.create(admin, "t".repeat(200), "s".repeat(2000));
        assertThat(consultations.find(id)).isPresent();
    }

    @Test
    void every_problem_is_named_and_nothing_is_saved() {
        var before = consultations.list().size();

        var empty = catchThrowableOfType(QuestionRefused.class, () -> consultations.create(COORDINATOR, "  ", "\n"));
        assertThat(empty.problems()).extracting(QuestionRefused.Problem::field, QuestionRefused.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("title", "voice.authoring.consultation.error.title.empty"),
                        org.assertj.core.groups.Tuple.tuple("summary", "voice.authoring.consultation.error.summary.empty"));

        var tooLong = catchThrowableOfType(QuestionRefused.class,
                () -> consultations.create(COORDINATOR, "t".repeat(201), "s".repeat(2001)));
        assertThat(tooLong.problems()).extracting(QuestionRefused.Problem::messageKey).containsExactly(
                "voice.authoring.consultation.error.title.tooLong", "voice.authoring.consultation.error.summary.tooLong");
        assertThat(tooLong.problems().getFirst().args()).containsExactly(200);

        var markup = catchThrowableOfType(QuestionRefused.class,
                () -> consultations.create(COORDINATOR, "<script>alert(1)</script>", "Fine words"));
        assertThat(markup.problems()).extracting(QuestionRefused.Problem::messageKey)
                .containsExactly("voice.authoring.consultation.error.title.markup");

        assertThat(consultations.list()).hasSize(before);
    }

    @Test
    void approvers_partners_and_support_cannot_start_one() {
        for (var role : List.of(Roles.APPROVER, Roles.PARTNER, Roles.SUPPORT)) {
            var who = new ConsultationStaff("contract-" + role.toLowerCase(), Set.of(role));
            assertThatThrownBy(() -> consultations.create(who, "A title", "A summary"))
                    .isInstanceOf(ConsultationAccessRefused.class);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voice_consultation WHERE created_by LIKE 'contract-%'",
                Integer.class)).isZero();
    }

    @Test
    void support_staff_cannot_read_results_or_export() {
        var support = new ConsultationStaff("contract-support", Set.of(Roles.SUPPORT));
        var consultation = consultation();
        assertThatThrownBy(() -> consultations.results(support, consultation))
                .isInstanceOf(ConsultationAccessRefused.class);
        assertThatThrownBy(() -> consultations.csv(support, consultation)).isInstanceOf(ConsultationAccessRefused.class);
    }

    // --- results ---

    @Test
    void four_people_choosing_a_are_fewer_than_5_and_so_is_the_total() {
        var consultation = consultation();
        var question = question(consultation, "Priorities");
        answers(question, 4, "A", 2);

        var results = resultsOf(consultation, question);

        assertThat(results.released()).isTrue();
        assertThat(results.answers()).isEqualTo(fewer());
        assertThat(results.choices()).containsExactly(new OptionCount("A", fewer()), new OptionCount("B", fewer()));
        assertThat(results.scale()).extracting(OptionCount::count).containsOnly(fewer());
        assertThat(results.scale()).extracting(OptionCount::label).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void five_people_choosing_a_are_counted_as_5() {
        var consultation = consultation();
        var question = question(consultation, "Priorities");
        answers(question, 5, "A", 4);

        var results = resultsOf(consultation, question);

        assertThat(results.answers()).isEqualTo(new GroupCount(5, false));
        assertThat(results.choices()).containsExactly(new OptionCount("A", new GroupCount(5, false)),
                new OptionCount("B", fewer()));
        assertThat(results.scale()).containsExactly(new OptionCount("1", fewer()), new OptionCount("2", fewer()),
                new OptionCount("3", fewer()), new OptionCount("4", new GroupCount(5, false)),
                new OptionCount("5", fewer()));
    }

    @Test
    void a_small_group_that_the_total_would_give_away_hides_the_smallest_count_beside_it() {
        var consultation = consultation();
        var question = question(consultation, "Priorities");
        answers(question, 5, "A", 4);
        answers(question, 1, "B", 1);

        var results = resultsOf(consultation, question);

        // Total 6 and A = 5 would tell that B = 1: A is withheld as well.
        assertThat(results.answers()).isEqualTo(new GroupCount(6, false));
        assertThat(results.choices()).containsExactly(new OptionCount("A", GroupCount.hidden()),
                new OptionCount("B", fewer()));
        // On the scale four points are "fewer than 5": which of them holds the 1 cannot be told.
        assertThat(results.scale()).extracting(OptionCount::count).containsExactly(fewer(), fewer(), fewer(),
                new GroupCount(5, false), fewer());

        // Someone who gave no choice makes the total no help: A is shown.
        rows.answer(question, "words", null, null, 3, false, List.of());
        assertThat(resultsOf(consultation, question).choices()).containsExactly(
                new OptionCount("A", new GroupCount(5, false)), new OptionCount("B", fewer()));
    }

    @Test
    void below_the_release_threshold_a_question_shows_nothing_at_all() {
        var consultation = consultation();
        var question = question(consultation, "Too few");
        answers(question, 2, "A", 3);
        rows.moderation(question, "signed-off");
        jdbc.update("UPDATE voice_answer SET redacted_text = 'kept words' WHERE question_id = ?", question.toString());

        var results = resultsOf(consultation, question);
        assertThat(results.released()).isFalse();
        assertThat(results.answers()).isNull();
        assertThat(results.choices()).isEmpty();
        assertThat(results.scale()).isEmpty();
        assertThat(results.texts()).isEmpty();
        assertThat(consultations.csv(COORDINATOR, consultation).orElseThrow()).doesNotContain("kept words");

        answers(question, 1, "A", 3);
        assertThat(resultsOf(consultation, question).released()).as("at the threshold of 3").isTrue();
    }

    @Test
    void only_signed_off_redacted_words_are_shown_never_the_original() {
        var consultation = consultation();
        var question = question(consultation, "Being heard");
        rows.answer(question, ORIGINAL, REDACTED, "A", 1, false, List.of("respect", "officers"));
        rows.answer(question, "Left out words about my neighbour Bob", "[left out]", "B", 2, true, List.of());
        rows.answer(question, "Not redacted yet", null, "A", 3, false, List.of());
        rows.answer(question, "Fourth answer original", "Fourth answer", "B", 4, false, List.of("waiting"));

        var before = resultsOf(consultation, question);
        assertThat(before.signedOff()).isFalse();
        assertThat(before.texts()).as("nothing before sign-off").isEmpty();
        assertThat(consultations.csv(COORDINATOR, consultation).orElseThrow()).doesNotContain("rude")
                .doesNotContain("Fourth");

        rows.moderation(question, "signed-off");
        var after = resultsOf(consultation, question);
        assertThat(after.signedOff()).isTrue();
        assertThat(after.texts()).containsExactlyInAnyOrder(
                new ConsultationResults.ResultText(REDACTED, List.of("officers", "respect")),
                new ConsultationResults.ResultText("Fourth answer", List.of("waiting")));
        var everything = consultations.results(PARTNER, consultation).orElseThrow().toString();
        assertThat(everything).doesNotContain("Jane").doesNotContain("Acacia").doesNotContain("Bob")
                .doesNotContain("[left out]").doesNotContain("Not redacted yet").doesNotContain("original");

        var csv = consultations.csv(PARTNER, consultation).orElseThrow();
        assertThat(csv).contains(REDACTED).contains("Fourth answer").doesNotContain("Jane").doesNotContain("Acacia")
                .doesNotContain("Bob").doesNotContain("Not redacted yet").doesNotContain("original");
        assertThat(csv).as("no answer id in the export").doesNotContain(question.toString());
        var records = parse(csv);
        assertThat(records.getFirst()).containsExactly("question", "themes", "text");
        assertThat(records.subList(1, records.size())).containsExactlyInAnyOrder(
                List.of("Being heard", "officers; respect", REDACTED), List.of("Being heard", "waiting", "Fourth answer"));
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_made_plain_text() {
        var consultation = consultation();
        var question = rows.consultationQuestion(consultation, "=cmd|' /C calc'!A0", null, null, null, clock.instant());
        rows.answer(question, "x", "=HYPERLINK(\"http://evil.example\",\"click\")", null, null, false, List.of("+theme"));
        rows.answer(question, "x", "+1+1", null, null, false, List.of());
        rows.answer(question, "x", "-2+3", null, null, false, List.of());
        rows.answer(question, "x", "@SUM(A1)", null, null, false, List.of());
        rows.answer(question, "x", "plain words = fine", null, null, false, List.of());
        rows.moderation(question, "signed-off");

        var records = parse(consultations.csv(COORDINATOR, consultation).orElseThrow());

        var body = records.subList(1, records.size());
        assertThat(body).extracting(r -> r.get(0)).containsOnly("'=cmd|' /C calc'!A0");
        assertThat(body).extracting(r -> r.get(2)).containsExactlyInAnyOrder(
                "'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1+1", "'-2+3", "'@SUM(A1)", "plain words = fine");
        assertThat(body).extracting(r -> r.get(1)).contains("'+theme");
    }

    @Test
    void reading_and_exporting_are_recorded_against_every_question() {
        var consultation = consultation();
        var first = question(consultation, "First");
        var second = question(consultation, "Second");

        consultations.results(PARTNER, consultation);
        consultations.csv(COORDINATOR, consultation);

        var steps = jdbc.queryForList("SELECT question_id, staff_username, action FROM voice_moderation_step"
                + " WHERE question_id IN (?, ?)", first.toString(), second.toString());
        assertThat(steps).extracting(s -> s.get("question_id") + " " + s.get("staff_username") + " " + s.get("action"))
                .containsExactlyInAnyOrder(first + " contract-partner viewed-results",
                        second + " contract-partner viewed-results", first + " contract-coordinator exported",
                        second + " contract-coordinator exported");
    }

    @Test
    void an_unknown_consultation_has_no_results_and_nothing_is_recorded() {
        var before = jdbc.queryForObject("SELECT COUNT(*) FROM voice_moderation_step", Integer.class);
        assertThat(consultations.results(COORDINATOR, UUID.randomUUID())).isEmpty();
        assertThat(consultations.csv(COORDINATOR, UUID.randomUUID())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voice_moderation_step", Integer.class)).isEqualTo(before);
    }

    @Test
    void a_consultations_questions_are_listed_with_their_counts() {
        var consultation = consultation();
        var question = question(consultation, "Counted");
        answers(question, 2, "A", 1);

        var found = consultations.find(consultation).orElseThrow();
        assertThat(found.questions()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo(question);
            assertThat(q.title()).isEqualTo("Counted");
            assertThat(q.answers()).isEqualTo(2);
            assertThat(q.state()).isEqualTo(QuestionState.OPEN);
            assertThat(q.moderation()).isEqualTo(ModerationStatus.OPEN);
        });
        assertThat(consultations.list()).filteredOn(c -> c.id().equals(consultation)).singleElement()
                .extracting(ConsultationSummary::questions).isEqualTo(1);
    }

    /**
     * The CSV read back as rows of cells (RFC 4180: quoted cells, doubled quotes, CRLF). By hand:
     * commons-csv's parser needs a newer commons-io than the one on the test class path.
     */
    static List<List<String>> parse(String csv) {
        var rows = new java.util.ArrayList<List<String>>();
        var row = new java.util.ArrayList<String>();
        var cell = new StringBuilder();
        var quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            var c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
