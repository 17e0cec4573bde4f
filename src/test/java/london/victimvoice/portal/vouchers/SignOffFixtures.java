package london.victimvoice.portal.vouchers;

import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets up voucher state for tests outside this package (pages, audits): a budget through the
 * ledger itself, a sign-off through the service, and an issued voucher with a code assigned
 * (written directly: issuing belongs to another part of the module).
 */
public final class SignOffFixtures {

    private SignOffFixtures() {
    }

    /** Allots a sponsor's year this much, as an admin would. */
    public static void allot(ApplicationContext context, FinancialYear year, Sponsor sponsor, long pence) {
        var ledger = context.getBean(Ledger.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(
                s -> ledger.allot(year, sponsor, pence, "test-admin", "budget for tests"));
    }

    public static void signOff(ApplicationContext context, String approver, UUID voucherId) {
        context.getBean(VoucherSignOffs.class).signOff(new SignOffViewer(approver, true, false, false), voucherId);
    }

    /** An approved voucher issued with a code whose last four characters staff may see. */
    public static void issueWithCode(ApplicationContext context, UUID voucherId, String code) {
        var jdbc = context.getBean(JdbcTemplate.class);
        var batch = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO voucher_code_batch (id, file_name, row_count, loaded_by, loaded_at)"
                + " VALUES (?, 'test-codes.csv', 1, 'test-coordinator', CURRENT_TIMESTAMP)", batch);
        jdbc.update("INSERT INTO voucher_code (id, batch_id, code_hash, code_sealed, code_hint, value_pence,"
                + " voucher_id, assigned_at) SELECT ?, ?, ?, ?, ?, value_pence, id, CURRENT_TIMESTAMP FROM voucher"
                + " WHERE id = ?", UUID.randomUUID().toString(), batch,
                (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""), new byte[] { 0 },
                code.substring(Math.max(0, code.length() - 4)), voucherId.toString());
        jdbc.update("UPDATE voucher SET status = 'ISSUED', delivery = 'CODE', issued_by = 'test-coordinator',"
                + " issued_at = CURRENT_TIMESTAMP WHERE id = ?", voucherId.toString());
    }
}
