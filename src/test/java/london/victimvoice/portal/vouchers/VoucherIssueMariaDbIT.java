package london.victimvoice.portal.vouchers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.support.MariaDbTestSupport;

/**
 * Loading codes and issuing vouchers on real MariaDB, where row locks and SKIP LOCKED decide what
 * two people issuing at the same moment get: never two codes for a voucher, never a code twice.
 */
class VoucherIssueMariaDbIT extends VoucherIssueContract implements MariaDbTestSupport {

    static final ForumManager COLIN = new ForumManager("colin-issue", false);

    /** Runs both at the same moment; each gives its result or the refusal it met. */
    static List<Object> atOnce(Callable<?> first, Callable<?> second) throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<java.util.concurrent.Future<Object>>();
            for (var task : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (VoucherRefused refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            var results = new ArrayList<Object>();
            for (var future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    int codesOf(UUID voucherId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher_code WHERE voucher_id = ?", Integer.class,
                voucherId.toString());
    }

    @Test
    void two_coordinators_issuing_the_same_meeting_at_once_give_each_voucher_one_code() throws Exception {
        stewards.assign(OPEN, COLIN.username());
        try {
            for (var round = 0; round < 3; round++) {
                var value = freshValue();
                var meeting = meeting();
                var ids = new ArrayList<UUID>();
                for (var i = 0; i < 4; i++) {
                    ids.add(approved(meeting, value));
                }
                load(value, "", "", "", "", "", "", "", "");

                var results = atOnce(() -> issues.issueMeeting(CORA, meeting), () -> issues.issueMeeting(COLIN, meeting));

                var issued = results.stream().filter(IssueResult.class::isInstance).map(IssueResult.class::cast)
                        .mapToInt(IssueResult::issued).sum();
                assertThat(issued).as("round %d: %s", round, results).isEqualTo(4);
                assertThat(results).filteredOn(VoucherRefused.class::isInstance)
                        .allSatisfy(r -> assertThat(((VoucherRefused) r).messageKey())
                                .isEqualTo("vouchers.issue.error.nothingToIssue"));
                for (var id : ids) {
                    assertThat(codesOf(id)).isOne();
                    assertThat(outbox(id)).hasSize(1);
                }
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_code WHERE value_pence = ?"
                        + " AND voucher_id IS NULL", Integer.class, value)).isEqualTo(4);
            }
        } finally {
            stewards.unassign(OPEN, COLIN.username());
        }
    }

    @Test
    void two_meetings_issued_at_once_from_too_few_codes_never_share_a_code() throws Exception {
        for (var round = 0; round < 3; round++) {
            var value = freshValue();
            var one = meeting();
            var two = meeting();
            var ids = new ArrayList<UUID>();
            for (var i = 0; i < 3; i++) {
                ids.add(approved(one, value));
                ids.add(approved(two, value));
            }
            load(value, "", "", "", "");

            var results = atOnce(() -> issues.issueMeeting(CORA, one), () -> issues.issueMeeting(ADMIN, two));

            var given = ids.stream().mapToInt(this::codesOf).sum();
            assertThat(given).as("round %d: %s", round, results).isEqualTo(4);
            assertThat(ids).allSatisfy(id -> assertThat(codesOf(id)).isLessThanOrEqualTo(1));
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT voucher_id) FROM voucher_code WHERE value_pence = ?",
                    Integer.class, value)).isEqualTo(4);
            var waiting = results.stream().filter(IssueResult.class::isInstance).map(IssueResult.class::cast)
                    .mapToInt(IssueResult::waiting).sum();
            var refusedWaiting = results.stream().filter(VoucherRefused.class::isInstance)
                    .mapToInt(r -> (Integer) ((VoucherRefused) r).arguments()[0]).sum();
            assertThat(waiting + refusedWaiting).as("what waits is what had no code").isEqualTo(2);
        }
    }
}
