package london.victimvoice.portal.voice;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Questions and answers written straight into the tables, for tests that need answers in a given
 * state (released, signed off, redacted, left out) without going through answering and moderation.
 */
public final class VoiceRows {

    private final JdbcTemplate jdbc;
    private final String createdBy;

    public VoiceRows(JdbcTemplate jdbc, String createdBy) {
        this.jdbc = jdbc;
        this.createdBy = createdBy;
    }

    /** A consultation question open from a day ago for a week, with optional choices (one per line) and scale. */
    public UUID consultationQuestion(UUID consultationId, String title, @Nullable String choicePrompt,
            @Nullable String choiceOptions, @Nullable String scalePrompt, Instant now) {
        var id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO voice_question (id, consultation_id, title, prompt, guidance, choice_prompt, choice_options,
                    scale_prompt, opens_at, closes_at, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id.toString(), consultationId.toString(), title,
                "What do you think about " + title + "?", "Please do not include names.", choicePrompt, choiceOptions,
                scalePrompt, Timestamp.from(now.minus(Duration.ofDays(1))), Timestamp.from(now.plus(Duration.ofDays(7))),
                createdBy, Timestamp.from(now));
        return id;
    }

    public UUID consultation(String title, String summary, Instant now) {
        var id = UUID.randomUUID();
        jdbc.update("INSERT INTO voice_consultation (id, title, summary, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                id.toString(), title, summary, createdBy, Timestamp.from(now));
        return id;
    }

    /** An answer as the anonymous store keeps it: a random id, the day, a hash, no person. */
    public UUID answer(UUID questionId, @Nullable String text, @Nullable String redacted, @Nullable String choice,
            @Nullable Integer scale, boolean leftOut, List<String> themes) {
        var id = UUID.randomUUID();
        var hash = new byte[32];
        ThreadLocalRandom.current().nextBytes(hash);
        jdbc.update("""
                INSERT INTO voice_answer (id, question_id, answered_on, answer_text, redacted_text, choice, scale_value,
                    receipt_hash, left_out, mix) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id.toString(),
                questionId.toString(), java.sql.Date.valueOf(LocalDate.of(2030, 1, 1)), text, redacted, choice, scale,
                HexFormat.of().formatHex(hash), leftOut, 0);
        for (var theme : themes) {
            jdbc.update("INSERT INTO voice_answer_theme (answer_id, theme) VALUES (?, ?)", id.toString(), theme);
        }
        return id;
    }

    public void moderation(UUID questionId, String code) {
        jdbc.update("UPDATE voice_question SET moderation = ? WHERE id = ?", code, questionId.toString());
    }

    /** Takes away every row this maker's consultations and questions brought, so other tests see none. */
    public void removeAll() {
        var questions = "SELECT id FROM voice_question WHERE created_by = '" + createdBy + "' OR consultation_id IN"
                + " (SELECT id FROM voice_consultation WHERE created_by = '" + createdBy + "')";
        jdbc.update("DELETE FROM voice_answer_theme WHERE answer_id IN (SELECT id FROM voice_answer WHERE question_id IN ("
                + questions + "))");
        jdbc.update("DELETE FROM voice_answer WHERE question_id IN (" + questions + ")");
        jdbc.update("DELETE FROM voice_moderation_step WHERE question_id IN (" + questions + ")");
        jdbc.update("DELETE FROM voice_question_forum WHERE question_id IN (" + questions + ")");
        jdbc.update("DELETE FROM voice_answered WHERE question_id IN (" + questions + ")");
        jdbc.update("DELETE FROM voice_question WHERE created_by = ?", createdBy);
        jdbc.update("DELETE FROM voice_question WHERE consultation_id IN (SELECT id FROM voice_consultation"
                + " WHERE created_by = ?)", createdBy);
        jdbc.update("DELETE FROM voice_consultation WHERE created_by = ?", createdBy);
    }
}
