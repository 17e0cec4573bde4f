package london.victimvoice.portal.voice;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The "you said, we did" tables through plain SQL: {@code voice_action} and its forums, insights
 * and status updates. Updates are only ever inserted. Callers own the transactions.
 */
@Repository
class WeDidStore {

    private static final String COLUMNS = "id, said, will_do, owner, status, status_reason, due_on, created_by,"
            + " created_at, updated_at, version";

    private final NamedParameterJdbcTemplate jdbc;

    WeDidStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One voice_action row as read, before its forums and insights are added. */
    record Row(UUID id, String said, String willDo, ActionOwner owner, ActionStatus status,
            @Nullable String statusReason, @Nullable LocalDate dueOn, String createdBy, Instant createdAt,
            Instant updatedAt, int version) {
    }

    void insert(UUID id, NewWeDid entry, String by, Instant at) {
        jdbc.update("INSERT INTO voice_action (" + COLUMNS + ") VALUES (:id, :said, :willDo, :owner, :status,"
                + " :reason, :dueOn, :by, :at, :at, 0)", fields(id, entry).addValue("by", by)
                .addValue("at", Timestamp.from(at)));
        links(id, entry);
    }

    /** @return false when the row is not at {@code version} any more (someone else saved first), changing nothing */
    boolean update(UUID id, int version, NewWeDid entry, Instant at) {
        var changed = jdbc.update("UPDATE voice_action SET said = :said, will_do = :willDo, owner = :owner,"
                + " status = :status, status_reason = :reason, due_on = :dueOn, updated_at = :at,"
                + " version = version + 1 WHERE id = :id AND version = :version", fields(id, entry)
                .addValue("at", Timestamp.from(at)).addValue("version", version));
        if (changed == 0) {
            return false;
        }
        var key = Map.of("id", id.toString());
        jdbc.update("DELETE FROM voice_action_forum WHERE action_id = :id", key);
        jdbc.update("DELETE FROM voice_action_insight WHERE action_id = :id", key);
        links(id, entry);
        return true;
    }

    private void links(UUID id, NewWeDid entry) {
        for (var code : new TreeSet<>(entry.forumCodes())) {
            jdbc.update("INSERT INTO voice_action_forum (action_id, forum_code) VALUES (:id, :code)",
                    Map.of("id", id.toString(), "code", code));
        }
        for (var insight : new TreeSet<>(entry.insightIds())) {
            jdbc.update("INSERT INTO voice_action_insight (action_id, insight_id) VALUES (:id, :insight)",
                    Map.of("id", id.toString(), "insight", insight.toString()));
        }
    }

    private static MapSqlParameterSource fields(UUID id, NewWeDid entry) {
        var status = java.util.Objects.requireNonNull(entry.status());
        return new MapSqlParameterSource().addValue("id", id.toString()).addValue("said", entry.said().strip())
                .addValue("willDo", entry.willDo().strip())
                .addValue("owner", java.util.Objects.requireNonNull(entry.owner()).name())
                .addValue("status", status.code())
                .addValue("reason", status == ActionStatus.NOT_POSSIBLE && entry.statusReason() != null
                        ? entry.statusReason().strip() : null)
                .addValue("dueOn", entry.dueOn() == null ? null : Date.valueOf(entry.dueOn()));
    }

    /** Appends a status update, always after the entry's last one, so the story's order never depends on clock ties. */
    UUID append(UUID actionId, ActionStatus status, @Nullable String note, String by, Instant now) {
        var last = jdbc.queryForObject("SELECT MAX(recorded_at) FROM voice_action_update WHERE action_id = :id",
                Map.of("id", actionId.toString()), Timestamp.class);
        var at = last != null && !now.isAfter(last.toInstant()) ? last.toInstant().plusNanos(1000) : now;
        var id = UUID.randomUUID();
        jdbc.update("INSERT INTO voice_action_update (id, action_id, status, note, staff_username, recorded_at)"
                + " VALUES (:id, :action, :status, :note, :by, :at)", new MapSqlParameterSource()
                .addValue("id", id.toString()).addValue("action", actionId.toString()).addValue("status", status.code())
                .addValue("note", note).addValue("by", by).addValue("at", Timestamp.from(at)));
        return id;
    }

    Optional<Row> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM voice_action WHERE id = :id", Map.of("id", id.toString()),
                WeDidStore::row).stream().findFirst();
    }

    /** Newest change first. */
    List<Row> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM voice_action ORDER BY updated_at DESC, id", WeDidStore::row);
    }

    List<Row> forForums(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM voice_action WHERE id IN (SELECT action_id FROM"
                + " voice_action_forum WHERE forum_code IN (:codes)) ORDER BY updated_at DESC, id",
                Map.of("codes", List.copyOf(codes)), WeDidStore::row);
    }

    List<Row> linkedTo(Collection<UUID> insightIds) {
        if (insightIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM voice_action WHERE id IN (SELECT action_id FROM"
                + " voice_action_insight WHERE insight_id IN (:ids)) ORDER BY updated_at DESC, id",
                Map.of("ids", insightIds.stream().map(UUID::toString).toList()), WeDidStore::row);
    }

    /** The forum codes of each entry, in code order. */
    Map<UUID, List<String>> forumsOf(Collection<UUID> actionIds) {
        return pairs("SELECT action_id, forum_code FROM voice_action_forum WHERE action_id IN (:ids)"
                + " ORDER BY forum_code", actionIds);
    }

    Map<UUID, List<String>> insightsOf(Collection<UUID> actionIds) {
        return pairs("SELECT action_id, insight_id FROM voice_action_insight WHERE action_id IN (:ids)"
                + " ORDER BY insight_id", actionIds);
    }

    private Map<UUID, List<String>> pairs(String sql, Collection<UUID> actionIds) {
        var found = new HashMap<UUID, List<String>>();
        if (actionIds.isEmpty()) {
            return found;
        }
        jdbc.query(sql, Map.of("ids", actionIds.stream().map(UUID::toString).toList()), (ResultSet rs) -> {
            found.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return found;
    }

    /** Oldest first. */
    List<WeDidUpdate> history(UUID actionId) {
        return jdbc.query("SELECT status, note, staff_username, recorded_at FROM voice_action_update"
                + " WHERE action_id = :id ORDER BY recorded_at, id", Map.of("id", actionId.toString()),
                (rs, n) -> new WeDidUpdate(ActionStatus.fromCode(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()));
    }

    /** Which of these insights exist and belong to a question whose batch is signed off. */
    Set<UUID> signedOff(Collection<UUID> insightIds) {
        if (insightIds.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.queryForList("SELECT i.id FROM voice_insight i JOIN voice_question q"
                + " ON q.id = i.question_id WHERE q.moderation = 'signed-off' AND i.id IN (:ids)",
                Map.of("ids", insightIds.stream().map(UUID::toString).toList()), String.class).stream()
                .map(UUID::fromString).toList());
    }

    /** Every signed-off insight, newest question first. */
    List<LinkableInsight> linkable() {
        return jdbc.query("SELECT i.id, i.title, i.theme, q.title FROM voice_insight i JOIN voice_question q"
                + " ON q.id = i.question_id WHERE q.moderation = 'signed-off' ORDER BY q.created_at DESC, i.title, i.id",
                Map.of(), (rs, n) -> new LinkableInsight(UUID.fromString(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4)));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var due = rs.getDate("due_on");
        return new Row(UUID.fromString(rs.getString("id")), rs.getString("said"), rs.getString("will_do"),
                ActionOwner.valueOf(rs.getString("owner")), ActionStatus.fromCode(rs.getString("status")),
                rs.getString("status_reason"), due == null ? null : due.toLocalDate(), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
