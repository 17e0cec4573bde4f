package london.victimvoice.portal.campaigns;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import london.victimvoice.portal.messaging.MessageTemplates;
import london.victimvoice.portal.messaging.Outbox;

/**
 * Puts due campaigns' recipients into the outbox, one slice per transaction. The campaign row is
 * claimed with {@code FOR UPDATE SKIP LOCKED} and its count of queued recipients moves in the same
 * transaction as the slice's outbox rows, so after a crash the next run (on any node) carries on
 * from the last committed slice; and every row's dedupe key means even a repeated slice queues
 * no one twice.
 */
@Component
class CampaignQueue implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CampaignQueue.class);

    private final CampaignStore store;
    private final Outbox outbox;
    private final MessageTemplates templates;
    private final TransactionTemplate transactions;
    private final CampaignProperties properties;
    private final Clock clock;
    private final ExecutorService loop = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("campaign-queue").daemon().factory());
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    CampaignQueue(CampaignStore store, Outbox outbox, MessageTemplates templates,
            PlatformTransactionManager transactionManager, CampaignProperties properties, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.templates = templates;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onConfirmed(CampaignConfirmed confirmed) {
        nudge();
    }

    @Scheduled(fixedDelayString = "${portal.campaigns.poll-interval:1s}")
    void poll() {
        nudge();
    }

    /** Starts a run on the queue's own thread, or asks the running one to look again when done. */
    void nudge() {
        if (properties.queueing() == CampaignProperties.Queueing.OFF) {
            return;
        }
        again.set(true);
        if (running.compareAndSet(false, true)) {
            loop.execute(() -> {
                try {
                    while (again.getAndSet(false)) {
                        runNow();
                    }
                } catch (RuntimeException e) {
                    log.error("Queueing bulk sends stopped on an error; the next poll starts it again", e);
                } finally {
                    running.set(false);
                }
            });
        }
    }

    /** Queues every due slice, then marks finished the sends with nothing left pending. Returns slices queued. */
    int runNow() {
        return runSlices(Integer.MAX_VALUE);
    }

    /** At most {@code max} slices: lets a test stop between two, as a crash would. */
    int runSlices(int max) {
        var slices = 0;
        while (slices < max) {
            var unusable = new java.util.concurrent.atomic.AtomicReference<UUID>();
            var more = transactions.execute(tx -> {
                var queued = queueOneSlice(unusable);
                if (unusable.get() != null) {
                    tx.setRollbackOnly();
                }
                return queued;
            });
            if (unusable.get() != null) {
                stop(unusable.get());
                continue;
            }
            if (!Boolean.TRUE.equals(more)) {
                break;
            }
            slices++;
        }
        for (var id : store.sending()) {
            transactions.executeWithoutResult(tx -> {
                if (BulkSends.nothingPending(outbox.countByStatus(id))) {
                    store.done(id, clock.instant());
                }
            });
        }
        return slices;
    }

    private boolean queueOneSlice(java.util.concurrent.atomic.AtomicReference<UUID> unusable) {
        var now = clock.instant();
        var claimed = store.claimDue(now);
        if (claimed.isEmpty()) {
            return false;
        }
        var row = claimed.get();
        var campaign = row.summary();
        var next = store.recipientsAfter(campaign.id(), campaign.queuedCount(), Math.max(1, properties.sliceSize()));
        if (next.isEmpty()) {
            store.allQueued(campaign.id(), now);
            return true;
        }
        try {
            var template = templates.current(campaign.templateId());
            outbox.queueAll(next.values().stream().map(participant -> BulkSends.message(template, row.values(),
                    row.about(), row.expiresAt(), participant, campaign.id(), campaign.dryRun())).toList());
        } catch (IllegalArgumentException e) {
            // The template was removed or changed to need a value this send has not got: the slice
            // is rolled back and the send stopped, rather than tried again on every poll.
            log.error("Bulk send {} stopped: its template {} can no longer be used", campaign.id(),
                    campaign.templateId());
            unusable.set(campaign.id());
            return true;
        }
        var last = next.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        store.queued(campaign.id(), last, now);
        if (last >= campaign.recipientCount()) {
            store.allQueued(campaign.id(), now);
        }
        return true;
    }

    private void stop(UUID campaignId) {
        transactions.executeWithoutResult(tx -> {
            store.cancel(campaignId, "system", clock.instant());
            outbox.cancelPendingCampaign(campaignId);
        });
    }

    @Override
    public void destroy() {
        loop.shutdownNow();
    }
}
