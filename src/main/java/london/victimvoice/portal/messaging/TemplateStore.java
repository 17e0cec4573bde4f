package london.victimvoice.portal.messaging;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Template versions and their texts. Versions are only ever added. */
@Repository
class TemplateStore {

    private final NamedParameterJdbcTemplate jdbc;

    TemplateStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest version of each template, by id. */
    List<MessageTemplate> latestAll() {
        return load("SELECT v.id, v.template_id, v.version, v.purpose, v.created_by, v.created_at"
                + " FROM message_template_version v WHERE v.version = (SELECT MAX(w.version)"
                + " FROM message_template_version w WHERE w.template_id = v.template_id) ORDER BY v.template_id", Map.of());
    }

    Optional<MessageTemplate> latest(String templateId) {
        return load("SELECT v.id, v.template_id, v.version, v.purpose, v.created_by, v.created_at"
                + " FROM message_template_version v WHERE v.template_id = :t ORDER BY v.version DESC LIMIT 1",
                Map.of("t", templateId)).stream().findFirst();
    }

    Optional<MessageTemplate> version(String templateId, int version) {
        return load("SELECT v.id, v.template_id, v.version, v.purpose, v.created_by, v.created_at"
                + " FROM message_template_version v WHERE v.template_id = :t AND v.version = :n",
                Map.of("t", templateId, "n", version)).stream().findFirst();
    }

    /** Who saved each version of a template and when, newest first. */
    List<TemplateChange> history(String templateId) {
        return jdbc.query("SELECT version, created_by, created_at FROM message_template_version WHERE template_id = :t"
                + " ORDER BY version DESC", Map.of("t", templateId), (rs, n) -> new TemplateChange(rs.getInt("version"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()));
    }

    boolean exists(String templateId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM message_template_version"
                + " WHERE template_id = :t", Map.of("t", templateId), Boolean.class));
    }

    /** Adds a version; the unique (template, version) key refuses a second editor saving the same number. */
    void insert(MessageTemplate template) {
        var versionId = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO message_template_version (id, template_id, version, purpose, created_by, created_at)"
                + " VALUES (:id, :t, :n, :p, :by, :at)", new MapSqlParameterSource("id", versionId)
                .addValue("t", template.id()).addValue("n", template.version()).addValue("p", template.purpose().name())
                .addValue("by", template.createdBy()).addValue("at", Timestamp.from(template.createdAt())));
        template.wordings().forEach((key, wording) -> jdbc.update(
                "INSERT INTO message_template_text (version_id, channel, variant, subject, body)"
                        + " VALUES (:id, :c, :v, :s, :b)", new MapSqlParameterSource("id", versionId)
                        .addValue("c", key.channel().name()).addValue("v", key.variant().name())
                        .addValue("s", wording.subject()).addValue("b", wording.body())));
    }

    private List<MessageTemplate> load(String sql, Map<String, ?> params) {
        record Head(String versionId, String id, int version, TemplatePurpose purpose, String by, java.time.Instant at) {
        }
        var heads = jdbc.query(sql, params, (rs, n) -> new Head(rs.getString("id"), rs.getString("template_id"),
                rs.getInt("version"), TemplatePurpose.valueOf(rs.getString("purpose")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant()));
        if (heads.isEmpty()) {
            return List.of();
        }
        var texts = new HashMap<String, Map<MessageTemplate.Key, MessageTemplate.Wording>>();
        jdbc.query("SELECT version_id, channel, variant, subject, body FROM message_template_text WHERE version_id IN (:ids)",
                Map.of("ids", heads.stream().map(Head::versionId).toList()),
                rs -> {
                    texts.computeIfAbsent(rs.getString("version_id"), k -> new HashMap<>()).put(
                            new MessageTemplate.Key(ChannelType.valueOf(rs.getString("channel")),
                                    MessageVariant.valueOf(rs.getString("variant"))),
                            new MessageTemplate.Wording(rs.getString("subject"), rs.getString("body")));
                });
        var all = new ArrayList<MessageTemplate>();
        for (var head : heads) {
            all.add(new MessageTemplate(head.id(), head.version(), head.purpose(),
                    texts.getOrDefault(head.versionId(), Map.of()), head.by(), head.at()));
        }
        return all;
    }
}
