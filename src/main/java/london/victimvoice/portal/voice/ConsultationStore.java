package london.victimvoice.portal.voice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Consultations and what their questions' answers add up to. Reads answers only as counts, and as
 * redacted text once a question's batch is signed off: never the words as written.
 */
@Repository
class ConsultationStore {

    /** A consultation's question as the results need it. */
    record QuestionRow(UUID id, String title, Instant opensAt, Instant closesAt, String moderation,
            @Nullable String choicePrompt, @Nullable String choiceOptions, @Nullable String scalePrompt, long answers) {
    }

    record ConsultationRow(UUID id, String title, String summary, String createdBy, Instant createdAt) {
    }

    private final JdbcTemplate jdbc;

    ConsultationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String title, String summary, String createdBy, Instant createdAt) {
        jdbc.update("INSERT INTO voice_consultation (id, title, summary, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                id.toString(), title, summary, createdBy, Timestamp.from(createdAt));
    }

    List<ConsultationSummary> list() {
        return jdbc.query("""
                SELECT c.id, c.title, c.summary, c.created_at,
                       (SELECT COUNT(*) FROM voice_question q WHERE q.consultation_id = c.id) AS questions
                FROM voice_consultation c ORDER BY c.created_at DESC, c.title""",
                (rs, n) -> new ConsultationSummary(UUID.fromString(rs.getString("id")), rs.getString("title"),
                        rs.getString("summary"), instant(rs, "created_at"), rs.getInt("questions")));
    }

    Optional<ConsultationRow> find(UUID id) {
        return jdbc.query("SELECT id, title, summary, created_by, created_at FROM voice_consultation WHERE id = ?",
                (rs, n) -> new ConsultationRow(UUID.fromString(rs.getString("id")), rs.getString("title"),
                        rs.getString("summary"), rs.getString("created_by"), instant(rs, "created_at")),
                id.toString()).stream().findFirst();
    }

    List<QuestionRow> questions(UUID consultationId) {
        return jdbc.query("""
                SELECT q.id, q.title, q.opens_at, q.closes_at, q.moderation, q.choice_prompt, q.choice_options,
                       q.scale_prompt, (SELECT COUNT(*) FROM voice_answer a WHERE a.question_id = q.id) AS answers
                FROM voice_question q WHERE q.consultation_id = ? ORDER BY q.opens_at, q.created_at, q.title""",
                (rs, n) -> new QuestionRow(UUID.fromString(rs.getString("id")), rs.getString("title"),
                        instant(rs, "opens_at"), instant(rs, "closes_at"), rs.getString("moderation"),
                        rs.getString("choice_prompt"), rs.getString("choice_options"), rs.getString("scale_prompt"),
                        rs.getLong("answers")),
                consultationId.toString());
    }

    /** How many answers chose each option (only options someone chose appear). */
    Map<String, Long> choiceCounts(UUID questionId) {
        var counts = new LinkedHashMap<String, Long>();
        jdbc.query("SELECT choice, COUNT(*) AS n FROM voice_answer WHERE question_id = ? AND choice IS NOT NULL"
                + " GROUP BY choice", rs -> {
                    counts.put(rs.getString("choice"), rs.getLong("n"));
                }, questionId.toString());
        return counts;
    }

    /** How many answers gave each point of the scale (only points someone gave appear). */
    Map<Integer, Long> scaleCounts(UUID questionId) {
        var counts = new LinkedHashMap<Integer, Long>();
        jdbc.query("SELECT scale_value, COUNT(*) AS n FROM voice_answer WHERE question_id = ?"
                + " AND scale_value IS NOT NULL GROUP BY scale_value", rs -> {
                    counts.put(rs.getInt("scale_value"), rs.getLong("n"));
                }, questionId.toString());
        return counts;
    }

    /**
     * The redacted text of the answers kept in a signed-off batch, with their themes: the one form
     * of the words anyone outside moderation may read. The answers' ids stay here.
     */
    List<ConsultationResults.ResultText> signedOffTexts(UUID questionId) {
        var texts = new LinkedHashMap<String, String>();
        jdbc.query("""
                SELECT a.id, a.redacted_text FROM voice_answer a JOIN voice_question q ON q.id = a.question_id
                WHERE a.question_id = ? AND q.moderation = 'signed-off' AND a.left_out = FALSE
                  AND a.redacted_text IS NOT NULL""", rs -> {
                    texts.put(rs.getString("id"), rs.getString("redacted_text"));
                }, questionId.toString());
        var themes = new LinkedHashMap<String, List<String>>();
        jdbc.query("""
                SELECT t.answer_id, t.theme FROM voice_answer_theme t JOIN voice_answer a ON a.id = t.answer_id
                WHERE a.question_id = ? ORDER BY t.theme""", rs -> {
                    themes.computeIfAbsent(rs.getString("answer_id"), k -> new ArrayList<>()).add(rs.getString("theme"));
                }, questionId.toString());
        var out = new ArrayList<ConsultationResults.ResultText>();
        texts.forEach((id, text) -> out.add(new ConsultationResults.ResultText(text, themes.getOrDefault(id, List.of()))));
        return out;
    }

    /** Who read a question's results or took them away, and when: staff access is audited. */
    void recordStep(UUID questionId, String staffUsername, String action, Instant at) {
        jdbc.update("INSERT INTO voice_moderation_step (id, question_id, staff_username, action, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?)", UUID.randomUUID().toString(), questionId.toString(), staffUsername,
                action, Timestamp.from(at));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
