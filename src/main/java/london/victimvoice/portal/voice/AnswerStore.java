package london.victimvoice.portal.voice;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The two tables nothing joins: {@code voice_answered} (this person answered this question) and
 * {@code voice_answer} (an answer, with no person in it). No method takes both a participant and
 * an answer. Callers own the transactions.
 */
@Repository
class AnswerStore {

    /** An answer found by its receipt code: only what the code holder may see. */
    record ByReceipt(UUID questionId, LocalDate answeredOn, boolean leftOut, @Nullable UUID insightId) {
    }

    private final JdbcTemplate jdbc;

    AnswerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when this person has answered already */
    void markAnswered(UUID questionId, UUID participantId, int mix) {
        jdbc.update("INSERT INTO voice_answered (question_id, participant_id, mix) VALUES (?, ?, ?)",
                questionId.toString(), participantId.toString(), mix);
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the receipt hash is taken */
    void insertAnswer(UUID id, UUID questionId, LocalDate answeredOn, @Nullable String text, @Nullable String choice,
            @Nullable Integer scale, String receiptHash, int mix) {
        jdbc.update("INSERT INTO voice_answer (id, question_id, answered_on, answer_text, choice, scale_value,"
                + " receipt_hash, left_out, mix) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?)", id.toString(),
                questionId.toString(), Date.valueOf(answeredOn), text, choice, scale, receiptHash, mix);
    }

    /** Gives every row of the question in both tables one new value, so none stands out as the newest. */
    void remix(UUID questionId, int mix) {
        jdbc.update("UPDATE voice_answered SET mix = ? WHERE question_id = ?", mix, questionId.toString());
        jdbc.update("UPDATE voice_answer SET mix = ? WHERE question_id = ?", mix, questionId.toString());
    }

    boolean hasAnswered(UUID questionId, UUID participantId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM voice_answered WHERE question_id = ? AND participant_id = ?",
                Long.class, questionId.toString(), participantId.toString());
        return count != null && count > 0;
    }

    /** The people who answered a question: for the closing reminder only (never joined to answers). */
    Set<UUID> answeredBy(UUID questionId) {
        var ids = new LinkedHashSet<UUID>();
        jdbc.queryForList("SELECT participant_id FROM voice_answered WHERE question_id = ?", String.class,
                questionId.toString()).forEach(id -> ids.add(UUID.fromString(id)));
        return ids;
    }

    boolean receiptTaken(String receiptHash) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM voice_answer WHERE receipt_hash = ?", Long.class,
                receiptHash);
        return count != null && count > 0;
    }

    long count(UUID questionId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM voice_answer WHERE question_id = ?", Long.class,
                questionId.toString());
        return count == null ? 0 : count;
    }

    Optional<ByReceipt> byReceipt(String receiptHash) {
        return jdbc.query("SELECT question_id, answered_on, left_out, insight_id FROM voice_answer WHERE receipt_hash = ?",
                (rs, n) -> new ByReceipt(UUID.fromString(rs.getString(1)), rs.getDate(2).toLocalDate(),
                        rs.getBoolean(3), QuestionStore.uuid(rs.getString(4))), receiptHash).stream().findFirst();
    }

    /** Every answer to the question with its themes, in no meaningful order (callers shuffle). */
    List<ReleasedAnswer> answers(UUID questionId) {
        var themes = new HashMap<String, Set<String>>();
        jdbc.query("SELECT t.answer_id, t.theme FROM voice_answer_theme t JOIN voice_answer a ON a.id = t.answer_id"
                + " WHERE a.question_id = ? ORDER BY t.theme", rs -> {
                    themes.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                }, questionId.toString());
        var answers = new ArrayList<ReleasedAnswer>();
        jdbc.query("SELECT id, answer_text, redacted_text, choice, scale_value, left_out, insight_id FROM voice_answer"
                + " WHERE question_id = ?", rs -> {
                    var id = rs.getString(1);
                    var scale = rs.getInt(5);
                    Integer scaleValue = rs.wasNull() ? null : scale;
                    answers.add(new ReleasedAnswer(UUID.fromString(id), rs.getString(2), rs.getString(3),
                            rs.getString(4), scaleValue, themes.getOrDefault(id, Set.of()),
                            rs.getBoolean(6), QuestionStore.uuid(rs.getString(7))));
                }, questionId.toString());
        return answers;
    }
}
