package london.victimvoice.portal.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * The outbox table through plain SQL: bulk inserts, claims with {@code FOR UPDATE SKIP LOCKED} and
 * conditional updates are what this table is for, and each is one statement here. Every status
 * change names the statuses it may start from, so a message never moves backwards and two
 * nodes can never both act on one message. Callers own the transactions.
 */
@Repository
class OutboxStore {

    private static final String COLUMNS = "id, participant_id, campaign_id, about, dedupe_key, template_id,"
            + " template_version, channel, variant, subject, body, segments, dry_run, reminder, status, reason,"
            + " needs_review, not_before, expires_at, attempts, attempt_started_at, provider_ref, created_at, sent_at,"
            + " finished_at";

    private final NamedParameterJdbcTemplate jdbc;

    OutboxStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts every row; a row whose dedupe key is taken is left out, quietly: it was queued before. */
    void insertAll(Collection<OutboxRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var params = rows.stream().map(OutboxStore::params).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("INSERT INTO outbox_message (" + COLUMNS + ") VALUES (:id, :participantId, :campaignId,"
                + " :about, :dedupeKey, :templateId, :templateVersion, :channel, :variant, :subject, :body, :segments,"
                + " :dryRun, :reminder, :status, :reason, :needsReview, :notBefore, :expiresAt, :attempts,"
                + " :attemptStartedAt, :providerRef, :createdAt, :sentAt, :finishedAt)"
                + " ON DUPLICATE KEY UPDATE id = id", params);
    }

    Optional<OutboxRow> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outbox_message WHERE id = :id", Map.of("id", id.toString()),
                ROW).stream().findFirst();
    }

    Optional<OutboxRow> findByDedupeKey(String key) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outbox_message WHERE dedupe_key = :key", Map.of("key", key),
                ROW).stream().findFirst();
    }

    /**
     * Takes up to {@code limit} due messages for this node. Rows another node has locked are skipped,
     * not waited for, so dispatchers on several nodes share the work without taking the same row.
     * Call inside a transaction; the claim holds once it commits.
     */
    List<OutboxRow> claimDue(Instant now, int limit, String node) {
        var ids = jdbc.queryForList("SELECT id FROM outbox_message WHERE status IN ('created', 'held')"
                + " AND not_before <= :now ORDER BY not_before LIMIT :limit FOR UPDATE SKIP LOCKED",
                new MapSqlParameterSource("now", ts(now)).addValue("limit", limit), String.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.update("UPDATE outbox_message SET status = 'sending', claimed_at = :now, claimed_by = :node,"
                + " attempt_started_at = NULL WHERE id IN (:ids)",
                new MapSqlParameterSource("now", ts(now)).addValue("node", node).addValue("ids", ids));
        return jdbc.query("SELECT " + COLUMNS + " FROM outbox_message WHERE id IN (:ids) ORDER BY not_before",
                Map.of("ids", ids), ROW);
    }

    /**
     * Claims messages whose sender went quiet: claimed but never attempted for longer than
     * {@code claimLease} (the node died first), or attempted longer ago than {@code settleAfter}
     * with no answer recorded (a timeout, or the node died mid-call).
     */
    List<OutboxRow> claimStale(Instant now, Instant claimedBefore, Instant attemptedBefore, int limit, String node) {
        var ids = jdbc.queryForList("SELECT id FROM outbox_message WHERE status = 'sending' AND ("
                + " (attempt_started_at IS NULL AND claimed_at < :claimedBefore)"
                + " OR attempt_started_at < :attemptedBefore) ORDER BY claimed_at LIMIT :limit FOR UPDATE SKIP LOCKED",
                new MapSqlParameterSource("claimedBefore", ts(claimedBefore))
                        .addValue("attemptedBefore", ts(attemptedBefore)).addValue("limit", limit), String.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.query("SELECT " + COLUMNS + " FROM outbox_message WHERE id IN (:ids)", Map.of("ids", ids), ROW);
        // Renewing the claim keeps other nodes' reconcilers off these rows while this one asks the provider.
        jdbc.update("UPDATE outbox_message SET claimed_at = :now, claimed_by = :node WHERE id IN (:ids)",
                new MapSqlParameterSource("now", ts(now)).addValue("node", node).addValue("ids", ids));
        return rows;
    }

    /**
     * Records that the provider is about to be called. From here on a lost answer is ambiguous; before
     * it, the message was certainly not sent. False when this claim no longer holds the message.
     */
    boolean startAttempt(UUID id, String claim, Instant now) {
        return jdbc.update("UPDATE outbox_message SET attempt_started_at = :now, claimed_at = :now,"
                + " attempts = attempts + 1 WHERE id = :id AND status = 'sending' AND claimed_by = :claim",
                new MapSqlParameterSource("id", id.toString()).addValue("claim", claim).addValue("now", ts(now))) == 1;
    }

    /** The provider took it. A delivery report may have come first: then the status stays ahead. */
    /**
     * A message whose template puts in a voucher code carries a secret that is otherwise kept only
     * sealed: once the provider has it, its words are blanked here so the code is not left in clear.
     */
    void markSent(UUID id, String providerRef, Instant now) {
        jdbc.update("UPDATE outbox_message o SET provider_ref = COALESCE(o.provider_ref, :ref),"
                + " sent_at = COALESCE(o.sent_at, :now),"
                + " status = CASE WHEN o.status = 'sending' THEN 'sent' ELSE o.status END,"
                + " body = CASE WHEN EXISTS (SELECT 1 FROM message_template_version v JOIN message_template_text t"
                + " ON t.version_id = v.id WHERE v.template_id = o.template_id AND v.version = o.template_version"
                + " AND t.body LIKE '%((voucher_code))%') THEN '' ELSE o.body END"
                + " WHERE o.id = :id", new MapSqlParameterSource("id", id.toString()).addValue("ref", providerRef)
                .addValue("now", ts(now)));
    }

    /** Back to waiting, to be sent at {@code notBefore}: a retry, or held for a safe time. */
    boolean release(UUID id, OutboxStatus to, Instant notBefore, @Nullable String reason) {
        return jdbc.update("UPDATE outbox_message SET status = :to, not_before = :notBefore, reason = :reason,"
                + " claimed_at = NULL, claimed_by = NULL, attempt_started_at = NULL WHERE id = :id AND status = 'sending'",
                new MapSqlParameterSource("id", id.toString()).addValue("to", to.code())
                        .addValue("notBefore", ts(notBefore)).addValue("reason", reason)) == 1;
    }

    /** A final status, from the statuses named. */
    boolean finish(UUID id, Collection<OutboxStatus> from, OutboxStatus to, @Nullable String reason, boolean review,
            Instant now) {
        return jdbc.update("UPDATE outbox_message SET status = :to, reason = :reason, needs_review = :review,"
                + " finished_at = :now WHERE id = :id AND status IN (:from)",
                new MapSqlParameterSource("id", id.toString()).addValue("to", to.code()).addValue("reason", reason)
                        .addValue("review", review).addValue("now", ts(now))
                        .addValue("from", from.stream().map(OutboxStatus::code).toList())) == 1;
    }

    /** A delivery report: moves the message forward only, never back. */
    boolean report(UUID id, @Nullable String providerRef, OutboxStatus to, @Nullable String reason, Instant now) {
        var lower = List.of(OutboxStatus.values()).stream().filter(s -> s.rank() < to.rank()).map(OutboxStatus::code)
                .toList();
        return jdbc.update("UPDATE outbox_message SET status = :to, reason = COALESCE(:reason, reason),"
                + " provider_ref = COALESCE(provider_ref, :ref), sent_at = COALESCE(sent_at, :now),"
                + " finished_at = CASE WHEN :final THEN :now ELSE finished_at END"
                + " WHERE id = :id AND status IN (:lower) AND status NOT IN ('created', 'held')",
                new MapSqlParameterSource("id", id.toString()).addValue("to", to.code()).addValue("reason", reason)
                        .addValue("ref", providerRef).addValue("now", ts(now)).addValue("final", to.isFinal())
                        .addValue("lower", lower)) == 1;
    }

    /** Blanks the words of messages finished (or sent, which email and the dev outbox never get past) before then. */
    int forgetTexts(Instant finishedBefore) {
        return jdbc.update("UPDATE outbox_message SET body = '', subject = NULL WHERE COALESCE(finished_at, sent_at) < :before"
                + " AND body <> ''", Map.of("before", ts(finishedBefore)));
    }

    Optional<UUID> findIdByProviderRef(String providerRef) {
        return jdbc.queryForList("SELECT id FROM outbox_message WHERE provider_ref = :ref",
                Map.of("ref", providerRef), String.class).stream().findFirst().map(UUID::fromString);
    }

    /** Every message not yet taken by a dispatcher, matching the condition, gets a final status. */
    int cancelPending(String condition, Map<String, ?> params, OutboxStatus to, String reason, Instant now) {
        var all = new MapSqlParameterSource(params).addValue("to", to.code()).addValue("reason", reason)
                .addValue("now", ts(now));
        return jdbc.update("UPDATE outbox_message SET status = :to, reason = :reason, finished_at = :now"
                + " WHERE status IN ('created', 'held') AND " + condition, all);
    }

    Map<OutboxStatus, Integer> countByStatus(UUID campaignId) {
        var counts = new EnumMap<OutboxStatus, Integer>(OutboxStatus.class);
        jdbc.query("SELECT status, COUNT(*) AS n FROM outbox_message WHERE campaign_id = :c GROUP BY status",
                Map.of("c", campaignId.toString()),
                rs -> {
                    counts.put(OutboxStatus.fromCode(rs.getString("status")), rs.getInt("n"));
                });
        return counts;
    }

    int countCreatedSince(Instant since) {
        var n = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE created_at >= :since AND dry_run = FALSE",
                Map.of("since", ts(since)), Integer.class);
        return n == null ? 0 : n;
    }

    /** Newest first, for the message log; {@code reviewOnly} lists what a person must look at. */
    List<OutboxRow> latest(int limit, boolean reviewOnly) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outbox_message" + (reviewOnly ? " WHERE needs_review = TRUE" : "")
                + " ORDER BY created_at DESC LIMIT :limit", Map.of("limit", limit), ROW);
    }

    List<OutboxRow> forCampaign(UUID campaignId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outbox_message WHERE campaign_id = :c ORDER BY created_at, id",
                Map.of("c", campaignId.toString()), ROW);
    }

    private static MapSqlParameterSource params(OutboxRow row) {
        return new MapSqlParameterSource()
                .addValue("id", row.id().toString())
                .addValue("participantId", row.participantId().toString())
                .addValue("campaignId", row.campaignId() == null ? null : row.campaignId().toString())
                .addValue("about", row.about())
                .addValue("dedupeKey", row.dedupeKey())
                .addValue("templateId", row.templateId())
                .addValue("templateVersion", row.templateVersion())
                .addValue("channel", row.channel().name())
                .addValue("variant", row.variant().name())
                .addValue("subject", row.subject())
                .addValue("body", row.body())
                .addValue("segments", row.segments())
                .addValue("dryRun", row.dryRun())
                .addValue("reminder", row.reminder())
                .addValue("status", row.status().code())
                .addValue("reason", row.reason())
                .addValue("needsReview", row.needsReview())
                .addValue("notBefore", ts(row.notBefore()))
                .addValue("expiresAt", ts(row.expiresAt()))
                .addValue("attempts", row.attempts())
                .addValue("attemptStartedAt", ts(row.attemptStartedAt()))
                .addValue("providerRef", row.providerRef())
                .addValue("createdAt", ts(row.createdAt()))
                .addValue("sentAt", ts(row.sentAt()))
                .addValue("finishedAt", ts(row.finishedAt()));
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static final RowMapper<OutboxRow> ROW = (rs, n) -> {
        var campaign = rs.getString("campaign_id");
        return new OutboxRow(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("participant_id")),
                campaign == null ? null : UUID.fromString(campaign), rs.getString("about"), rs.getString("dedupe_key"),
                rs.getString("template_id"), rs.getInt("template_version"), ChannelType.valueOf(rs.getString("channel")),
                MessageVariant.valueOf(rs.getString("variant")), rs.getString("subject"), rs.getString("body"),
                rs.getInt("segments"), rs.getBoolean("dry_run"), rs.getBoolean("reminder"),
                OutboxStatus.fromCode(rs.getString("status")), rs.getString("reason"), rs.getBoolean("needs_review"),
                instant(rs, "not_before"), instant(rs, "expires_at"), rs.getInt("attempts"),
                instant(rs, "attempt_started_at"), rs.getString("provider_ref"), instant(rs, "created_at"),
                instant(rs, "sent_at"), instant(rs, "finished_at"));
    };
}
