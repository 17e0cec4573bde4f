package london.victimvoice.portal.voice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The {@code voice_question} and {@code voice_question_forum} tables through plain SQL. Callers own
 * the transactions.
 */
@Repository
class QuestionStore {

    /** A question as stored; {@code closesAt} is the first moment after its last day (London). */
    record StoredQuestion(UUID id, @Nullable UUID consultationId, String title, String prompt, String guidance,
            @Nullable String choicePrompt, List<String> choiceOptions, @Nullable String scalePrompt,
            Instant opensAt, Instant closesAt, String createdBy, Instant createdAt, ModerationStatus moderation,
            List<String> forums) {

        @Nullable
        ChoicePart choice() {
            return choicePrompt == null ? null : new ChoicePart(choicePrompt, choiceOptions);
        }

        /**
         * Once its answers are sent for sign-off a question takes no more: an answer arriving after
         * sign-off would keep its original words and never be moderated.
         */
        QuestionState stateAt(Instant now) {
            if (now.isBefore(opensAt)) {
                return QuestionState.UPCOMING;
            }
            return now.isBefore(closesAt) && moderation == ModerationStatus.OPEN ? QuestionState.OPEN
                    : QuestionState.CLOSED;
        }

        StoredQuestion withForums(List<String> codes) {
            return new StoredQuestion(id, consultationId, title, prompt, guidance, choicePrompt, choiceOptions,
                    scalePrompt, opensAt, closesAt, createdBy, createdAt, moderation, List.copyOf(codes));
        }
    }

    private static final String COLUMNS = "id, consultation_id, title, prompt, guidance, choice_prompt,"
            + " choice_options, scale_prompt, opens_at, closes_at, created_by, created_at, moderation";

    private final JdbcTemplate jdbc;

    QuestionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredQuestion q) {
        jdbc.update("INSERT INTO voice_question (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                q.id().toString(), q.consultationId() == null ? null : q.consultationId().toString(), q.title(),
                q.prompt(), q.guidance(), q.choicePrompt(),
                q.choiceOptions().isEmpty() ? null : String.join("\n", q.choiceOptions()), q.scalePrompt(),
                Timestamp.from(q.opensAt()), Timestamp.from(q.closesAt()), q.createdBy(),
                Timestamp.from(q.createdAt()), q.moderation().code());
        for (var forum : q.forums()) {
            jdbc.update("INSERT INTO voice_question_forum (question_id, forum_code) VALUES (?, ?)", q.id().toString(),
                    forum);
        }
    }

    boolean consultationExists(UUID consultationId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM voice_consultation WHERE id = ?", Long.class,
                consultationId.toString());
        return count != null && count > 0;
    }

    Optional<StoredQuestion> find(UUID id) {
        return withForums(jdbc.query("SELECT " + COLUMNS + " FROM voice_question WHERE id = ?", ROW, id.toString()))
                .stream().findFirst();
    }

    /** Locks the question's row until the caller's transaction ends, so answers to it are stored one at a time. */
    boolean lock(UUID id) {
        return !jdbc.queryForList("SELECT id FROM voice_question WHERE id = ? FOR UPDATE", String.class, id.toString())
                .isEmpty();
    }

    /** Every question, newest first. */
    List<StoredQuestion> all() {
        return withForums(jdbc.query("SELECT " + COLUMNS + " FROM voice_question ORDER BY created_at DESC, id", ROW));
    }

    /** Questions open at {@code now}, the soonest to close first. */
    List<StoredQuestion> openAt(Instant now) {
        var at = Timestamp.from(now);
        return withForums(jdbc.query("SELECT " + COLUMNS + " FROM voice_question WHERE opens_at <= ? AND closes_at > ?"
                + " AND moderation = 'open' ORDER BY closes_at, id", ROW, at, at));
    }

    /**
     * Takes up to {@code limit} open questions whose opening notice has not been queued. Rows another
     * node has taken are skipped, not waited for.
     */
    List<StoredQuestion> claimOpening(Instant now, int limit) {
        var at = Timestamp.from(now);
        return withForums(jdbc.query("SELECT " + COLUMNS + " FROM voice_question WHERE opening_notice_at IS NULL"
                + " AND opens_at <= ? AND closes_at > ? AND moderation = 'open' ORDER BY opens_at, id LIMIT ?"
                + " FOR UPDATE SKIP LOCKED", ROW, at,
                at, limit));
    }

    /** Takes up to {@code limit} open questions closing before {@code before} whose reminder has not been queued. */
    List<StoredQuestion> claimClosing(Instant now, Instant before, int limit) {
        var at = Timestamp.from(now);
        return withForums(jdbc.query("SELECT " + COLUMNS + " FROM voice_question WHERE closing_reminder_at IS NULL"
                + " AND opening_notice_at IS NOT NULL AND opens_at <= ? AND closes_at > ? AND closes_at <= ?"
                + " AND moderation = 'open'"
                + " ORDER BY closes_at, id LIMIT ? FOR UPDATE SKIP LOCKED", ROW, at, at, Timestamp.from(before),
                limit));
    }

    void openingNoticed(UUID id, Instant at) {
        jdbc.update("UPDATE voice_question SET opening_notice_at = ? WHERE id = ?", Timestamp.from(at), id.toString());
    }

    void closingReminded(UUID id, Instant at) {
        jdbc.update("UPDATE voice_question SET closing_reminder_at = ? WHERE id = ?", Timestamp.from(at),
                id.toString());
    }

    /** The questions this person has answered (from the marker only). */
    Set<UUID> answeredBy(UUID participantId) {
        var ids = new HashSet<UUID>();
        jdbc.queryForList("SELECT question_id FROM voice_answered WHERE participant_id = ?", String.class,
                participantId.toString()).forEach(id -> ids.add(UUID.fromString(id)));
        return ids;
    }

    /** How many answers each question has. */
    Map<UUID, Long> answerCounts() {
        var counts = new HashMap<UUID, Long>();
        jdbc.query("SELECT question_id, COUNT(*) FROM voice_answer GROUP BY question_id",
                rs -> {
                    counts.put(UUID.fromString(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private List<StoredQuestion> withForums(List<StoredQuestion> questions) {
        if (questions.isEmpty()) {
            return questions;
        }
        var forums = new HashMap<String, List<String>>();
        if (questions.size() == 1) {
            forums.put(questions.getFirst().id().toString(), jdbc.queryForList(
                    "SELECT forum_code FROM voice_question_forum WHERE question_id = ? ORDER BY forum_code",
                    String.class, questions.getFirst().id().toString()));
        } else {
            jdbc.query("SELECT question_id, forum_code FROM voice_question_forum ORDER BY forum_code",
                    rs -> {
                        forums.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    });
        }
        return questions.stream().map(q -> q.withForums(forums.getOrDefault(q.id().toString(), List.of()))).toList();
    }

    static List<String> lines(@Nullable String options) {
        return options == null || options.isEmpty() ? List.of() : Arrays.asList(options.split("\n"));
    }

    private static final RowMapper<StoredQuestion> ROW = (ResultSet rs, int n) -> new StoredQuestion(
            UUID.fromString(rs.getString("id")), uuid(rs.getString("consultation_id")), rs.getString("title"),
            rs.getString("prompt"), rs.getString("guidance"), rs.getString("choice_prompt"),
            List.copyOf(lines(rs.getString("choice_options"))), rs.getString("scale_prompt"),
            instant(rs, "opens_at"), instant(rs, "closes_at"), rs.getString("created_by"), instant(rs, "created_at"),
            ModerationStatus.fromCode(rs.getString("moderation")), List.of());

    static @Nullable UUID uuid(@Nullable String value) {
        return value == null ? null : UUID.fromString(value);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        if (value == null) {
            throw new SQLException(column + " is null");
        }
        return value.toInstant();
    }
}
