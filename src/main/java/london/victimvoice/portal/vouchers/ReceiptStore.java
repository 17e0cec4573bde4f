package london.victimvoice.portal.vouchers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Vouchers as their owners confirm them, and the sweep that reminds and flags. Callers own the transactions. */
@Repository
class ReceiptStore {

    /** One voucher with its code (sealed), if one was assigned. */
    record Receipt(UUID id, UUID participantId, String forumCode, LocalDate meetingDay, int valuePence,
            VoucherStatus status, @Nullable Delivery delivery, @Nullable Instant issuedAt, @Nullable Instant confirmedAt,
            @Nullable UUID codeId, byte @Nullable [] codeSealed, @Nullable String codeHint) {
    }

    private static final String COLUMNS = "v.id, v.participant_id, v.forum_code, v.meeting_day, v.value_pence,"
            + " v.status, v.delivery, v.issued_at, v.confirmed_at, c.id AS code_id, c.code_sealed, c.code_hint";
    private static final String FROM = " FROM voucher v LEFT JOIN voucher_code c ON c.voucher_id = v.id";

    private final NamedParameterJdbcTemplate jdbc;

    ReceiptStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A person's vouchers, newest meeting first; withdrawn ones are left out. */
    List<Receipt> ofParticipant(UUID participantId) {
        return jdbc.query("SELECT " + COLUMNS + FROM + " WHERE v.participant_id = :p AND v.status <> 'WITHDRAWN'"
                + " ORDER BY v.meeting_day DESC, v.id", new MapSqlParameterSource("p", participantId.toString()),
                ReceiptStore::receipt);
    }

    /** Locks one voucher of this person until the transaction ends; empty if it is not theirs. */
    Optional<VoucherStatus> lockOwn(UUID participantId, UUID voucherId) {
        return jdbc.queryForList("SELECT status FROM voucher WHERE id = :id AND participant_id = :p FOR UPDATE",
                new MapSqlParameterSource("id", voucherId.toString()).addValue("p", participantId.toString()),
                String.class).stream().map(VoucherStatus::valueOf).findFirst();
    }

    /** Locks the person's oldest voucher given and not yet confirmed, if any. */
    Optional<UUID> lockOldestGiven(UUID participantId) {
        return jdbc.queryForList("SELECT id FROM voucher WHERE participant_id = :p AND status = 'ISSUED'"
                + " ORDER BY issued_at, id LIMIT 1 FOR UPDATE", new MapSqlParameterSource("p", participantId.toString()),
                String.class).stream().map(UUID::fromString).findFirst();
    }

    Optional<Receipt> find(UUID voucherId) {
        return jdbc.query("SELECT " + COLUMNS + FROM + " WHERE v.id = :id",
                new MapSqlParameterSource("id", voucherId.toString()), ReceiptStore::receipt).stream().findFirst();
    }

    /** @return false when it was not waiting for confirmation (nothing changed) */
    boolean confirm(UUID voucherId, ConfirmedVia via, Instant at) {
        return jdbc.update("UPDATE voucher SET status = 'CONFIRMED', confirmed_at = :at, confirmed_via = :via,"
                + " version = version + 1 WHERE id = :id AND status = 'ISSUED'", new MapSqlParameterSource()
                .addValue("id", voucherId.toString()).addValue("via", via.name())
                .addValue("at", Timestamp.from(at))) == 1;
    }

    /** Takes up to {@code limit} vouchers given before {@code cutoff}, unconfirmed and never reminded. */
    List<Receipt> claimToRemind(Instant cutoff, int limit) {
        var ids = jdbc.queryForList("SELECT id FROM voucher WHERE status = 'ISSUED' AND reminded_at IS NULL"
                + " AND issued_at <= :cutoff ORDER BY issued_at, id LIMIT :limit FOR UPDATE SKIP LOCKED",
                new MapSqlParameterSource("cutoff", Timestamp.from(cutoff)).addValue("limit", limit), String.class);
        return ids.stream().map(UUID::fromString).map(this::find).flatMap(Optional::stream).toList();
    }

    void reminded(UUID voucherId, Instant at) {
        jdbc.update("UPDATE voucher SET reminded_at = :at, version = version + 1 WHERE id = :id",
                new MapSqlParameterSource("id", voucherId.toString()).addValue("at", Timestamp.from(at)));
    }

    /** Takes up to {@code limit} vouchers given before {@code cutoff}, unconfirmed and not yet flagged. */
    List<UUID> claimToFlag(Instant cutoff, int limit) {
        return jdbc.queryForList("SELECT id FROM voucher WHERE status = 'ISSUED' AND flagged_at IS NULL"
                + " AND issued_at <= :cutoff ORDER BY issued_at, id LIMIT :limit FOR UPDATE SKIP LOCKED",
                new MapSqlParameterSource("cutoff", Timestamp.from(cutoff)).addValue("limit", limit), String.class)
                .stream().map(UUID::fromString).toList();
    }

    void flagged(UUID voucherId, Instant at) {
        jdbc.update("UPDATE voucher SET flagged_at = :at, version = version + 1 WHERE id = :id",
                new MapSqlParameterSource("id", voucherId.toString()).addValue("at", Timestamp.from(at)));
    }

    /** Flagged vouchers of these forums still not confirmed, the longest waiting first. */
    List<Receipt> flaggedIn(Collection<String> forumCodes) {
        if (forumCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + FROM + " WHERE v.status = 'ISSUED' AND v.flagged_at IS NOT NULL"
                + " AND v.forum_code IN (:forums) ORDER BY v.issued_at, v.id",
                new MapSqlParameterSource("forums", forumCodes), ReceiptStore::receipt);
    }

    private static Receipt receipt(ResultSet rs, int n) throws SQLException {
        var delivery = rs.getString("delivery");
        var codeId = rs.getString("code_id");
        return new Receipt(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("participant_id")),
                rs.getString("forum_code"), rs.getObject("meeting_day", LocalDate.class), rs.getInt("value_pence"),
                VoucherStatus.valueOf(rs.getString("status")), delivery == null ? null : Delivery.valueOf(delivery),
                instant(rs.getTimestamp("issued_at")), instant(rs.getTimestamp("confirmed_at")),
                codeId == null ? null : UUID.fromString(codeId), rs.getBytes("code_sealed"), rs.getString("code_hint"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
