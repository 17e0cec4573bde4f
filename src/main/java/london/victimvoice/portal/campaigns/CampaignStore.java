package london.victimvoice.portal.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * The campaign tables through plain SQL, as the outbox does: a claim with {@code FOR UPDATE SKIP
 * LOCKED} and status changes that name the statuses they may start from. Callers own the transactions.
 */
@Repository
class CampaignStore {

    private static final String COLUMNS = "id, created_by, template_id, template_version, forums, membership,"
            + " meeting_id, rsvp, channel, template_values, about, expires_at, dry_run, scheduled_for, status,"
            + " recipient_count, queued_count, created_at, started_at, finished_at";

    private final NamedParameterJdbcTemplate jdbc;

    CampaignStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CampaignRow row, List<UUID> recipients) {
        var c = row.summary();
        var audience = c.audience();
        jdbc.update("INSERT INTO campaign (" + COLUMNS + ") VALUES (:id, :createdBy, :templateId, :templateVersion,"
                + " :forums, :membership, :meetingId, :rsvp, :channel, :values, :about, :expiresAt, :dryRun,"
                + " :scheduledFor, :status, :recipientCount, 0, :createdAt, NULL, NULL)",
                new MapSqlParameterSource("id", c.id().toString()).addValue("createdBy", c.createdBy())
                        .addValue("templateId", c.templateId()).addValue("templateVersion", c.templateVersion())
                        .addValue("forums", String.join(",", new TreeSet<>(audience.forums())))
                        .addValue("membership", audience.membership().name())
                        .addValue("meetingId", audience.meetingId() == null ? null : audience.meetingId().toString())
                        .addValue("rsvp", audience.rsvp().name()).addValue("channel", audience.channel().name())
                        .addValue("values", encode(row.values())).addValue("about", row.about())
                        .addValue("expiresAt", ts(row.expiresAt())).addValue("dryRun", c.dryRun())
                        .addValue("scheduledFor", ts(c.scheduledFor())).addValue("status", c.status().name())
                        .addValue("recipientCount", c.recipientCount()).addValue("createdAt", ts(c.createdAt())));
        var params = new SqlParameterSource[recipients.size()];
        for (int i = 0; i < recipients.size(); i++) {
            params[i] = new MapSqlParameterSource("c", c.id().toString()).addValue("seq", i + 1)
                    .addValue("p", recipients.get(i).toString());
        }
        jdbc.batchUpdate("INSERT INTO campaign_recipient (campaign_id, seq, participant_id) VALUES (:c, :seq, :p)",
                params);
    }

    Optional<CampaignRow> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM campaign WHERE id = :id", Map.of("id", id.toString()), ROW)
                .stream().findFirst();
    }

    List<CampaignRow> latest(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM campaign ORDER BY created_at DESC, id LIMIT :limit",
                Map.of("limit", limit), ROW);
    }

    /**
     * Takes one due campaign that still has people to queue, locking its row until the caller's
     * transaction ends: another node skips it rather than waiting, so no two nodes queue one slice.
     */
    Optional<CampaignRow> claimDue(Instant now) {
        var ids = jdbc.queryForList("SELECT id FROM campaign WHERE status IN ('SCHEDULED', 'QUEUEING')"
                + " AND scheduled_for <= :now ORDER BY scheduled_for LIMIT 1 FOR UPDATE SKIP LOCKED",
                Map.of("now", ts(now)), String.class);
        return ids.stream().findFirst().flatMap(id -> find(UUID.fromString(id)));
    }

    /** The next recipients after the ones already queued, by number. */
    Map<Integer, UUID> recipientsAfter(UUID campaignId, int queued, int limit) {
        var found = new LinkedHashMap<Integer, UUID>();
        jdbc.query("SELECT seq, participant_id FROM campaign_recipient WHERE campaign_id = :c AND seq > :after"
                + " ORDER BY seq LIMIT :limit", new MapSqlParameterSource("c", campaignId.toString())
                .addValue("after", queued).addValue("limit", limit),
                rs -> {
                    found.put(rs.getInt("seq"), UUID.fromString(rs.getString("participant_id")));
                });
        return found;
    }

    /** Every recipient's number, for the report. */
    Map<UUID, Integer> numbers(UUID campaignId) {
        var found = new LinkedHashMap<UUID, Integer>();
        jdbc.query("SELECT seq, participant_id FROM campaign_recipient WHERE campaign_id = :c ORDER BY seq",
                Map.of("c", campaignId.toString()),
                rs -> {
                    found.put(UUID.fromString(rs.getString("participant_id")), rs.getInt("seq"));
                });
        return found;
    }

    /** Records a queued slice; the first one also marks the campaign started. */
    void queued(UUID id, int queuedCount, Instant now) {
        jdbc.update("UPDATE campaign SET queued_count = :q, status = 'QUEUEING', started_at = COALESCE(started_at, :now)"
                + " WHERE id = :id AND status IN ('SCHEDULED', 'QUEUEING')",
                new MapSqlParameterSource("id", id.toString()).addValue("q", queuedCount).addValue("now", ts(now)));
    }

    /** Everyone is in the outbox. */
    void allQueued(UUID id, Instant now) {
        jdbc.update("UPDATE campaign SET status = 'SENDING', started_at = COALESCE(started_at, :now)"
                + " WHERE id = :id AND status IN ('SCHEDULED', 'QUEUEING')",
                new MapSqlParameterSource("id", id.toString()).addValue("now", ts(now)));
    }

    boolean done(UUID id, Instant now) {
        return jdbc.update("UPDATE campaign SET status = 'DONE', finished_at = :now WHERE id = :id AND status = 'SENDING'",
                new MapSqlParameterSource("id", id.toString()).addValue("now", ts(now))) == 1;
    }

    /** Campaigns fully queued whose messages may all be final by now. */
    List<UUID> sending() {
        return jdbc.queryForList("SELECT id FROM campaign WHERE status = 'SENDING'", Map.of(), String.class).stream()
                .map(UUID::fromString).toList();
    }

    /**
     * Stops a campaign that is still running. Waits for a slice being queued to commit (its row
     * lock), so the caller's cancellation of pending messages covers that slice too.
     */
    boolean cancel(UUID id, String by, Instant now) {
        return jdbc.update("UPDATE campaign SET status = 'CANCELLED', finished_at = :now, cancelled_by = :by"
                + " WHERE id = :id AND status IN ('SCHEDULED', 'QUEUEING', 'SENDING')",
                new MapSqlParameterSource("id", id.toString()).addValue("now", ts(now)).addValue("by", by)) == 1;
    }

    /**
     * Messages not yet in the outbox but promised by real (not dry-run) campaigns running or
     * scheduled between these instants: they count against that day's limit.
     */
    int promised(Instant from, Instant until) {
        var n = jdbc.queryForObject("SELECT COALESCE(SUM(recipient_count - queued_count), 0) FROM campaign"
                + " WHERE dry_run = FALSE AND status IN ('SCHEDULED', 'QUEUEING')"
                + " AND scheduled_for >= :from AND scheduled_for < :until",
                new MapSqlParameterSource("from", ts(from)).addValue("until", ts(until)), Integer.class);
        return n == null ? 0 : n;
    }

    static String encode(Map<String, String> values) {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue().replace('\n', ' ')).collect(Collectors.joining("\n"));
    }

    static Map<String, String> decode(String text) {
        var values = new LinkedHashMap<String, String>();
        Arrays.stream(text.split("\n")).filter(line -> line.contains("="))
                .forEach(line -> values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return values;
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static final RowMapper<CampaignRow> ROW = (rs, n) -> {
        var meeting = rs.getString("meeting_id");
        var audience = new Audience(java.util.Set.of(rs.getString("forums").split(",")),
                Audience.Membership.valueOf(rs.getString("membership")),
                meeting == null ? null : UUID.fromString(meeting), Audience.Rsvp.valueOf(rs.getString("rsvp")),
                Audience.Channel.valueOf(rs.getString("channel")));
        var summary = new CampaignSummary(UUID.fromString(rs.getString("id")), rs.getString("created_by"),
                rs.getString("template_id"), rs.getInt("template_version"), audience, rs.getBoolean("dry_run"),
                instant(rs, "scheduled_for"), CampaignStatus.valueOf(rs.getString("status")),
                rs.getInt("recipient_count"), rs.getInt("queued_count"), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"));
        return new CampaignRow(summary, decode(rs.getString("template_values")), rs.getString("about"),
                instant(rs, "expires_at"));
    };
}
