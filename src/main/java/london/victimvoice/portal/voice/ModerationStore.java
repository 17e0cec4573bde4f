package london.victimvoice.portal.voice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL for moderation, sign-off and partner insight: the batch state on voice_question, the
 * moderator's columns of voice_answer, themes, insights and the steps staff took. Never reads or
 * writes anything that could join an answer to a person (there is nothing to read).
 */
@Repository
class ModerationStore {

    /** Steps that do not count as moderating: reading, and an approver's own decisions. */
    static final Set<String> NOT_MODERATING = Set.of("viewed", "returned", "signed-off");

    record QuestionRow(UUID id, @Nullable UUID consultationId, @Nullable String consultationTitle, String title,
            String prompt, ModerationStatus status, int version, @Nullable String returnedReason,
            @Nullable Instant submittedAt, List<String> forumCodes) {
    }

    record InsightRow(UUID id, UUID questionId, String title, String summary, String theme, int answers) {
    }

    record PublishedRow(UUID id, UUID questionId, String title, String summary, String theme, String questionTitle,
            @Nullable String consultationTitle, Instant signedOffAt) {
    }

    private final JdbcTemplate jdbc;

    ModerationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<QuestionRow> question(UUID questionId) {
        return row("SELECT q.id, q.consultation_id, c.title AS consultation_title, q.title, q.prompt, q.moderation,"
                + " q.version, q.returned_reason, q.submitted_at FROM voice_question q"
                + " LEFT JOIN voice_consultation c ON c.id = q.consultation_id WHERE q.id = ?", questionId);
    }

    /** Locks the question's row until the transaction ends, so batch changes queue behind each other. */
    Optional<QuestionRow> lockQuestion(UUID questionId) {
        var locked = jdbc.queryForList("SELECT id FROM voice_question WHERE id = ? FOR UPDATE", String.class,
                questionId.toString());
        return locked.isEmpty() ? Optional.empty() : question(questionId);
    }

    private Optional<QuestionRow> row(String sql, UUID questionId) {
        var rows = jdbc.query(sql, (rs, n) -> new QuestionRow(UUID.fromString(rs.getString("id")),
                uuid(rs.getString("consultation_id")), rs.getString("consultation_title"), rs.getString("title"),
                rs.getString("prompt"), ModerationStatus.fromCode(rs.getString("moderation")), rs.getInt("version"),
                rs.getString("returned_reason"), instant(rs.getTimestamp("submitted_at")),
                forums(questionId)), questionId.toString());
        return rows.stream().findFirst();
    }

    private List<String> forums(UUID questionId) {
        return jdbc.queryForList("SELECT forum_code FROM voice_question_forum WHERE question_id = ? ORDER BY forum_code",
                String.class, questionId.toString());
    }

    long answerCount(UUID questionId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM voice_answer WHERE question_id = ?", Long.class,
                questionId.toString());
        return count == null ? 0 : count;
    }

    /** The answer's original words, if it is an answer of this question (null words after sign-off). */
    Optional<Optional<String>> answerText(UUID questionId, UUID answerId) {
        var rows = jdbc.query("SELECT answer_text FROM voice_answer WHERE id = ? AND question_id = ?",
                (rs, n) -> Optional.ofNullable(rs.getString(1)), answerId.toString(), questionId.toString());
        return rows.stream().findFirst();
    }

    void redact(UUID answerId, @Nullable String redacted) {
        jdbc.update("UPDATE voice_answer SET redacted_text = ? WHERE id = ?", redacted, answerId.toString());
    }

    void leaveOut(UUID answerId, boolean leftOut) {
        jdbc.update("UPDATE voice_answer SET left_out = ? WHERE id = ?", leftOut, answerId.toString());
    }

    void replaceThemes(UUID answerId, Collection<String> themes) {
        jdbc.update("DELETE FROM voice_answer_theme WHERE answer_id = ?", answerId.toString());
        for (var theme : themes) {
            jdbc.update("INSERT INTO voice_answer_theme (answer_id, theme) VALUES (?, ?)", answerId.toString(), theme);
        }
    }

    void group(UUID answerId, @Nullable UUID insightId) {
        jdbc.update("UPDATE voice_answer SET insight_id = ? WHERE id = ?",
                insightId == null ? null : insightId.toString(), answerId.toString());
    }

    void insertInsight(UUID id, UUID questionId, String title, String summary, String theme, String staff,
            Instant at) {
        jdbc.update("INSERT INTO voice_insight (id, question_id, title, summary, theme, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", id.toString(), questionId.toString(), title, summary, theme, staff,
                Timestamp.from(at));
    }

    /** The question's insights, oldest first, with how many answers (left out or not) each groups. */
    List<InsightRow> insights(UUID questionId) {
        return jdbc.query("SELECT i.id, i.question_id, i.title, i.summary, i.theme, i.created_at,"
                + " (SELECT COUNT(*) FROM voice_answer a WHERE a.insight_id = i.id) AS answers"
                + " FROM voice_insight i WHERE i.question_id = ? ORDER BY i.created_at, i.id",
                (rs, n) -> new InsightRow(UUID.fromString(rs.getString("id")),
                        UUID.fromString(rs.getString("question_id")), rs.getString("title"), rs.getString("summary"),
                        rs.getString("theme"), rs.getInt("answers")), questionId.toString());
    }

    boolean insightOf(UUID questionId, UUID insightId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM voice_insight WHERE id = ? AND question_id = ?",
                Integer.class, insightId.toString(), questionId.toString());
        return count != null && count > 0;
    }

    void step(UUID questionId, String staff, String action, Instant at) {
        jdbc.update("INSERT INTO voice_moderation_step (id, question_id, staff_username, action, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?)", UUID.randomUUID().toString(), questionId.toString(), staff, action,
                Timestamp.from(at));
    }

    /**
     * Whether this person changed the batch. Named steps, not "anything but reading", so that a new
     * kind of audit row (reading results, exporting) never blocks an approver by accident.
     */
    boolean moderated(UUID questionId, String staff) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM voice_moderation_step WHERE question_id = ?"
                + " AND staff_username = ? AND action IN ('redact', 'leave-out', 'take-back', 'theme', 'insight',"
                + " 'group', 'submit')", Integer.class, questionId.toString(), staff);
        return count != null && count > 0;
    }

    /** Moves the batch from {@code from} to {@code to} if nobody changed it since {@code version}. */
    boolean submit(UUID questionId, int version, String staff, Instant at) {
        return jdbc.update("UPDATE voice_question SET moderation = 'submitted', submitted_by = ?, submitted_at = ?,"
                + " returned_reason = NULL, version = version + 1"
                + " WHERE id = ? AND version = ? AND moderation IN ('open', 'returned')", staff, Timestamp.from(at),
                questionId.toString(), version) == 1;
    }

    boolean signOff(UUID questionId, int version, String approver, Instant at) {
        var changed = jdbc.update("UPDATE voice_question SET moderation = 'signed-off', signed_off_by = ?,"
                + " signed_off_at = ?, version = version + 1 WHERE id = ? AND version = ? AND moderation = 'submitted'",
                approver, Timestamp.from(at), questionId.toString(), version) == 1;
        if (changed) {
            // The originals go: from now on only the moderator's version exists.
            jdbc.update("UPDATE voice_answer SET redacted_text = COALESCE(redacted_text, answer_text),"
                    + " answer_text = NULL WHERE question_id = ?", questionId.toString());
        }
        return changed;
    }

    boolean returnBatch(UUID questionId, int version, String reason) {
        return jdbc.update("UPDATE voice_question SET moderation = 'returned', returned_reason = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND moderation = 'submitted'", reason,
                questionId.toString(), version) == 1;
    }

    /** Batches waiting for sign-off, the longest waiting first. */
    List<QuestionRow> submitted() {
        var ids = jdbc.queryForList("SELECT id FROM voice_question WHERE moderation = 'submitted'"
                + " ORDER BY submitted_at, id", String.class);
        var rows = new ArrayList<QuestionRow>();
        ids.forEach(id -> question(UUID.fromString(id)).ifPresent(rows::add));
        return rows;
    }

    /** Every signed-off insight, newest sign-off first; the caller filters and groups. */
    List<PublishedRow> published() {
        return jdbc.query("SELECT i.id, i.question_id, i.title, i.summary, i.theme, q.title AS question_title,"
                + " c.title AS consultation_title, q.signed_off_at FROM voice_insight i"
                + " JOIN voice_question q ON q.id = i.question_id"
                + " LEFT JOIN voice_consultation c ON c.id = q.consultation_id"
                + " WHERE q.moderation = 'signed-off' ORDER BY q.signed_off_at DESC, i.created_at, i.id",
                (rs, n) -> new PublishedRow(UUID.fromString(rs.getString("id")),
                        UUID.fromString(rs.getString("question_id")), rs.getString("title"), rs.getString("summary"),
                        rs.getString("theme"), rs.getString("question_title"), rs.getString("consultation_title"),
                        rs.getTimestamp("signed_off_at").toInstant()));
    }

    /** The redacted words of the answers grouped into each insight and not left out, by insight id. */
    Map<UUID, List<String>> publishedAnswers(UUID questionId) {
        var byInsight = new LinkedHashMap<UUID, List<String>>();
        jdbc.query("SELECT insight_id, redacted_text FROM voice_answer WHERE question_id = ? AND insight_id IS NOT NULL"
                + " AND left_out = FALSE AND redacted_text IS NOT NULL", rs -> {
                    byInsight.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new ArrayList<>())
                            .add(rs.getString(2));
                }, questionId.toString());
        return byInsight;
    }

    List<String> forumsOf(UUID questionId) {
        return forums(questionId);
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        return text == null ? null : UUID.fromString(text);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
