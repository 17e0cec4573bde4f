package london.victimvoice.portal.vouchers;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import london.victimvoice.portal.participants.SealedText;

/**
 * Puts vouchers straight into the V21 tables, in any status, as the request, sign-off and issue
 * steps leave them: an issued one with an e-voucher code sealed as the issue step seals it (bound
 * to {@code voucher_code.code_sealed} and the code's row), so the owner's page can open it.
 */
public final class ReceiptTestVouchers {

    private ReceiptTestVouchers() {
    }

    /** A voucher worth £25 from MOPAC in this status, not given yet (REQUESTED, APPROVED or WITHDRAWN). */
    public static UUID notGiven(ApplicationContext context, UUID participant, String forum, VoucherStatus status,
            LocalDate meetingDay) {
        var id = UUID.randomUUID();
        context.getBean(JdbcTemplate.class).update("INSERT INTO voucher (id, meeting_id, participant_id, forum_code,"
                + " meeting_day, financial_year, sponsor, value_pence, status, requested_by, requested_at,"
                + " approved_by, approved_at) VALUES (?, ?, ?, ?, ?, ?, 'MOPAC', 2500, ?, 'recorder-rae', ?, ?, ?)",
                id.toString(), UUID.randomUUID().toString(), participant.toString(), forum, meetingDay,
                FinancialYear.of(meetingDay).startYear(), status.name(),
                Timestamp.valueOf(meetingDay.atTime(20, 0)),
                status == VoucherStatus.REQUESTED ? null : "approver-abe",
                status == VoucherStatus.REQUESTED ? null : Timestamp.valueOf(meetingDay.atTime(21, 0)));
        return id;
    }

    /**
     * A voucher given at {@code issuedAt}: with a code (sealed, its last 4 characters as the hint)
     * or, when {@code code} is null, handed over in person as a card.
     */
    public static UUID issued(ApplicationContext context, UUID participant, String forum, LocalDate meetingDay,
            Instant issuedAt, @Nullable String code) {
        var id = notGiven(context, participant, forum, VoucherStatus.APPROVED, meetingDay);
        var jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("UPDATE voucher SET status = 'ISSUED', delivery = ?, issued_by = 'coordinator-cat', issued_at = ?"
                + " WHERE id = ?", code == null ? "IN_PERSON" : "CODE", Timestamp.from(issuedAt), id.toString());
        if (code != null) {
            var sealed = context.getBean(SealedText.class);
            var batch = UUID.randomUUID();
            jdbc.update("INSERT INTO voucher_code_batch (id, file_name, row_count, loaded_by, loaded_at)"
                    + " VALUES (?, 'codes.csv', 1, 'coordinator-cat', ?)", batch.toString(), Timestamp.from(issuedAt));
            var codeId = UUID.randomUUID();
            jdbc.update("INSERT INTO voucher_code (id, batch_id, code_hash, code_sealed, code_hint, value_pence,"
                    + " voucher_id, assigned_at) VALUES (?, ?, ?, ?, ?, 2500, ?, ?)", codeId.toString(),
                    batch.toString(), sealed.fingerprint("voucher-code", code),
                    sealed.seal(code, "voucher_code.code_sealed", codeId), code.substring(code.length() - 4),
                    id.toString(), Timestamp.from(issuedAt));
        }
        return id;
    }

    /** As {@link #issued}, then confirmed by its owner on the website at {@code confirmedAt}. */
    public static UUID confirmed(ApplicationContext context, UUID participant, String forum, LocalDate meetingDay,
            Instant issuedAt, @Nullable String code, Instant confirmedAt) {
        var id = issued(context, participant, forum, meetingDay, issuedAt, code);
        context.getBean(JdbcTemplate.class).update("UPDATE voucher SET status = 'CONFIRMED', confirmed_at = ?,"
                + " confirmed_via = 'PORTAL' WHERE id = ?", Timestamp.from(confirmedAt), id.toString());
        return id;
    }

    /** As {@link #issued}, and flagged at {@code flaggedAt} as not confirmed in time. */
    public static UUID flagged(ApplicationContext context, UUID participant, String forum, LocalDate meetingDay,
            Instant issuedAt, @Nullable String code, Instant flaggedAt) {
        var id = issued(context, participant, forum, meetingDay, issuedAt, code);
        context.getBean(JdbcTemplate.class).update("UPDATE voucher SET reminded_at = ?, flagged_at = ? WHERE id = ?",
                Timestamp.from(flaggedAt), Timestamp.from(flaggedAt), id.toString());
        return id;
    }

    /** A code no other test has used: the code hash is unique. */
    public static String newCode() {
        return "GIFT-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
