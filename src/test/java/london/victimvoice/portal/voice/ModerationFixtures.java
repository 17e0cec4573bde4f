package london.victimvoice.portal.voice;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Questions and answers for moderation tests, written straight into the tables (the answering
 * service has its own tests); answers carry no person, as the real ones.
 */
public final class ModerationFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    public ModerationFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A question to these forums, open since yesterday and closing in a week. */
    public UUID question(String title, String... forumCodes) {
        return question(title, null, forumCodes);
    }

    public UUID consultationQuestion(String consultationTitle, String title) {
        var consultation = UUID.randomUUID();
        jdbc.update("INSERT INTO voice_consultation (id, title, summary, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                consultation.toString(), consultationTitle, "What the plan should say", "coord-setup",
                Timestamp.from(Instant.now()));
        return question(title, consultation);
    }

    private UUID question(String title, @Nullable UUID consultation, String... forumCodes) {
        var id = UUID.randomUUID();
        var now = Instant.now();
        jdbc.update("INSERT INTO voice_question (id, consultation_id, title, prompt, guidance, opens_at, closes_at,"
                + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id.toString(),
                consultation == null ? null : consultation.toString(), title, "Tell us about " + title.toLowerCase(),
                "Please don't include names or places.", Timestamp.from(now.minus(Duration.ofDays(1))),
                Timestamp.from(now.plus(Duration.ofDays(7))), "coord-setup", Timestamp.from(now));
        for (var forum : forumCodes) {
            jdbc.update("INSERT INTO voice_question_forum (question_id, forum_code) VALUES (?, ?)", id.toString(), forum);
        }
        return id;
    }

    /** Stores answers with these words and returns their ids in the same order. */
    public List<UUID> answers(UUID questionId, String... texts) {
        var ids = new ArrayList<UUID>();
        var mix = RANDOM.nextInt();
        for (var text : texts) {
            var id = UUID.randomUUID();
            var hash = new byte[32];
            RANDOM.nextBytes(hash);
            jdbc.update("INSERT INTO voice_answer (id, question_id, answered_on, answer_text, receipt_hash, mix)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", id.toString(), questionId.toString(), LocalDate.now(), text,
                    HexFormat.of().formatHex(hash), mix);
            ids.add(id);
        }
        return ids;
    }

    public @Nullable String original(UUID answerId) {
        return jdbc.queryForObject("SELECT answer_text FROM voice_answer WHERE id = ?", String.class,
                answerId.toString());
    }

    public @Nullable String redacted(UUID answerId) {
        return jdbc.queryForObject("SELECT redacted_text FROM voice_answer WHERE id = ?", String.class,
                answerId.toString());
    }

    public String moderation(UUID questionId) {
        return jdbc.queryForObject("SELECT moderation FROM voice_question WHERE id = ?", String.class,
                questionId.toString());
    }

    public int version(UUID questionId) {
        return jdbc.queryForObject("SELECT version FROM voice_question WHERE id = ?", Integer.class,
                questionId.toString());
    }

    /** The steps on a question's batch as "staff:action", in the order recorded. */
    public List<String> steps(UUID questionId) {
        return jdbc.queryForList("SELECT CONCAT(staff_username, ':', action) FROM voice_moderation_step"
                + " WHERE question_id = ? ORDER BY recorded_at, id", String.class, questionId.toString());
    }
}
