package london.victimvoice.portal.vouchers;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.messaging.NewMessage;
import london.victimvoice.portal.messaging.Outbox;

/**
 * Vouchers given and not confirmed: {@code remindAfter} (7 days) after they were given, one gentle
 * reminder ({@code voucher-reminder}, at most one ever per voucher: {@code reminded_at} and the
 * dedupe key {@code voucher-reminder:<id>}); {@code flagAfter} (14 days) after, flagged for the
 * forum's coordinators ({@code flagged_at}). Rows are claimed with {@code FOR UPDATE SKIP LOCKED}
 * a few at a time, each batch in its own transaction that queues and marks together, so several
 * nodes at once never remind twice.
 */
@Service
class ReceiptSweep {

    static final String REMINDER = "voucher-reminder";
    /** The participant's page the reminder links to. */
    static final String PAGE = "/vouchers";
    private static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(ReceiptSweep.class);

    private final ReceiptStore store;
    private final Outbox outbox;
    private final MessagingProperties.Links links;
    private final VoucherProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ReceiptSweep(ReceiptStore store, Outbox outbox, MessagingProperties messaging, VoucherProperties properties,
            Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.outbox = outbox;
        this.links = messaging.links();
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** How many reminders were queued and vouchers flagged by one sweep. */
    record Swept(int reminded, int flagged) {
    }

    @Scheduled(cron = "${portal.vouchers.receipt-sweep:${portal.vouchers.sweep:0 */10 * * * *}}", zone = "Europe/London")
    public void scheduled() {
        var swept = sweep();
        if (swept.reminded() + swept.flagged() > 0) {
            log.info("Voucher receipts: {} reminders queued, {} flagged", swept.reminded(), swept.flagged());
        }
    }

    Swept sweep() {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var reminded = 0;
        while (true) {
            Integer batch = transaction.execute(status -> remind(now));
            if (batch == null || batch == 0) {
                break;
            }
            reminded += batch;
        }
        var flagged = 0;
        while (true) {
            Integer batch = transaction.execute(status -> flag(now));
            if (batch == null || batch == 0) {
                break;
            }
            flagged += batch;
        }
        return new Swept(reminded, flagged);
    }

    private int remind(Instant now) {
        var due = store.claimToRemind(now.minus(properties.remindAfter()), BATCH);
        for (var voucher : due) {
            outbox.queue(NewMessage.to(voucher.participantId(), REMINDER,
                    Map.of("voucher_value", pounds(voucher.valuePence()), "link", links.to(PAGE)))
                    .dedupeKey(REMINDER + ":" + voucher.id()));
            store.reminded(voucher.id(), now);
        }
        return due.size();
    }

    private int flag(Instant now) {
        var due = store.claimToFlag(now.minus(properties.flagAfter()), BATCH);
        due.forEach(id -> store.flagged(id, now));
        return due.size();
    }

    /** £25.00 */
    static String pounds(int pence) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(pence / 100.0);
    }
}
