package london.victimvoice.portal.messaging;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import london.victimvoice.portal.messaging.MessageChannel.Lookup;
import london.victimvoice.portal.messaging.MessagingProperties.Dispatch;

/**
 * Sends what the outbox holds. Work is claimed through the database ({@code FOR UPDATE SKIP
 * LOCKED}), so any number of nodes can run this on one database and never take the same message;
 * the provider is called with no transaction open. Each message is re-checked against the
 * person's current choices just before it goes.
 */
@Component
class OutboxDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxStore store;
    private final PreferenceStore preferences;
    private final Recipients recipients;
    private final Messenger messenger;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MessagingProperties.Outbox settings;
    private final Routing routing;
    private final SegmentPacer pacer;
    private final RetryPolicy retry;
    private final String node;
    private final ExecutorService loop = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("outbox-dispatcher").daemon().factory());
    private final ExecutorService senders;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicLong claims = new java.util.concurrent.atomic.AtomicLong();

    OutboxDispatcher(OutboxStore store, PreferenceStore preferences, Recipients recipients, Messenger messenger,
            PlatformTransactionManager transactionManager, Clock clock, MessagingProperties properties) {
        this.store = store;
        this.preferences = preferences;
        this.recipients = recipients;
        this.messenger = messenger;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.settings = properties.outbox();
        this.routing = new Routing(settings.quietHours(), SendTimes.london());
        var pacing = settings.pacing();
        this.pacer = new SegmentPacer(new PacingSettings(pacing.segmentsPerSecondPerSender(),
                pacing.globalSegmentsPerSecond(), pacing.maxBackoff()));
        var r = settings.retry();
        this.retry = new RetryPolicy(r.maxAttempts(), r.firstDelay(), r.maxDelay(), 0.2);
        this.node = settings.node() != null && !settings.node().isBlank() ? settings.node() : defaultNodeName();
        this.senders = Executors.newFixedThreadPool(Math.max(1, settings.sendThreads()),
                Thread.ofPlatform().name("outbox-send-", 0).daemon().factory());
    }

    /** Wakes the dispatcher once queued messages are committed (or sends at once, in tests that ask). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueued(Outbox.MessagesQueued queued) {
        switch (settings.dispatch()) {
            case AFTER_COMMIT -> drainAndWait();
            case BACKGROUND -> nudge();
            case OFF -> {
            }
        }
    }

    /**
     * Drains on the dispatcher's own thread and waits for it. Never on the committing thread: its
     * finished transaction's connection is still bound there, and work on it would not be committed.
     */
    void drainAndWait() {
        try {
            loop.submit(this::drainNow).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            log.error("Draining the outbox failed; the next poll tries again", e.getCause());
        }
    }

    @Scheduled(fixedDelayString = "${portal.messaging.outbox.poll-interval:2s}")
    void poll() {
        if (settings.dispatch() != Dispatch.OFF) {
            nudge();
        }
    }

    @Scheduled(fixedDelayString = "${portal.messaging.outbox.settle-interval:30s}")
    void settlePoll() {
        if (settings.dispatch() != Dispatch.OFF) {
            settle();
        }
    }

    /** Starts a drain on the dispatcher thread, or asks the running one to look again when done. */
    void nudge() {
        again.set(true);
        if (draining.compareAndSet(false, true)) {
            loop.execute(() -> {
                try {
                    while (again.getAndSet(false)) {
                        drainNow();
                    }
                } catch (RuntimeException e) {
                    log.error("The outbox dispatcher stopped on an error; the next poll starts it again", e);
                } finally {
                    draining.set(false);
                }
            });
        }
    }

    /** Sends everything due now, batch by batch, and returns how many messages it handled. */
    int drainNow() {
        var handled = 0;
        var deadlocks = 0;
        while (true) {
            List<OutboxRow> batch;
            var claim = newClaim();
            try {
                batch = transactions.execute(tx -> store.claimDue(clock.instant(), settings.batchSize(), claim));
            } catch (PessimisticLockingFailureException e) {
                // Two nodes claiming at once can deadlock on MariaDB's index locks; the one chosen as the
                // victim lost nothing and claims again rather than idling until the next poll.
                if (++deadlocks > 3) {
                    throw e;
                }
                continue;
            }
            if (batch == null || batch.isEmpty()) {
                return handled;
            }
            var running = new ArrayList<Future<?>>(batch.size());
            for (var row : batch) {
                running.add(senders.submit(() -> sendOne(row, claim)));
            }
            for (var future : running) {
                try {
                    future.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return handled;
                } catch (java.util.concurrent.ExecutionException e) {
                    log.error("Sending one outbox message failed unexpectedly; it will be settled later", e.getCause());
                }
            }
            handled += batch.size();
        }
    }

    private void sendOne(OutboxRow row, String claim) {
        var now = clock.instant();
        var contact = recipients.find(row.participantId());
        var decision = routing.recheck(row.channel(), contact, preferences.find(row.participantId()), row.reminder(),
                now, row.expiresAt());
        if (decision.status().isFinal()) {
            store.finish(row.id(), List.of(OutboxStatus.SENDING), decision.status(), decision.reason(), false, now);
            return;
        }
        if (decision.status() == OutboxStatus.HELD && decision.sendAt() != null) {
            store.release(row.id(), OutboxStatus.HELD, decision.sendAt(), null);
            return;
        }
        var message = outgoing(row, decision.address());
        if (row.channel() == ChannelType.SMS && !row.dryRun()) {
            try {
                pacer.acquire(ChannelType.SMS.name(), Math.max(1, row.segments()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                store.release(row.id(), OutboxStatus.CREATED, now, null);
                return;
            }
        }
        if (!store.startAttempt(row.id(), claim, clock.instant())) {
            return;
        }
        if (row.dryRun()) {
            store.markSent(row.id(), "dry-run", clock.instant());
            return;
        }
        try {
            var result = messenger.channel(row.channel()).send(message);
            pacer.succeeded(ChannelType.SMS.name());
            store.markSent(row.id(), result.providerReference(), clock.instant());
        } catch (MessageSendException e) {
            failed(row, e);
        } catch (IllegalArgumentException e) {
            // The stored text or address no longer passes the message checks: it never will.
            store.finish(row.id(), List.of(OutboxStatus.SENDING), OutboxStatus.PERMANENT_FAILURE, "invalid-message",
                    false, clock.instant());
        }
    }

    private void failed(OutboxRow row, MessageSendException e) {
        var now = clock.instant();
        var code = e.providerCode();
        log.warn("Sending outbox message {} failed: {} ({})", row.id(), e.outcome(), e.getMessage());
        switch (e.outcome()) {
            case REFUSED -> store.finish(row.id(), List.of(OutboxStatus.SENDING), OutboxStatus.PERMANENT_FAILURE,
                    code == null ? "refused" : "provider-" + code, false, now);
            case RATE_LIMITED -> {
                pacer.slowDown(ChannelType.SMS.name());
                // Not the message's fault: it goes back without using up one of its attempts.
                store.release(row.id(), OutboxStatus.CREATED, now.plusSeconds(1), null);
            }
            case UNAVAILABLE -> retryOrGiveUp(row, row.attempts() + 1, now, false);
            case AMBIGUOUS -> {
                // Left as "sending" with its attempt time: settle() looks it up at the provider
                // once the provider has had time to record it, and only resends if it is not there.
            }
        }
    }

    private void retryOrGiveUp(OutboxRow row, int attempts, Instant now, boolean atOnce) {
        var delay = retry.delayAfter(attempts, ThreadLocalRandom.current());
        if (delay.isPresent()) {
            store.release(row.id(), OutboxStatus.CREATED, atOnce ? now : now.plus(delay.get()), null);
        } else {
            store.finish(row.id(), List.of(OutboxStatus.SENDING), OutboxStatus.TECHNICAL_FAILURE, "retries-exhausted",
                    false, now);
        }
    }

    /**
     * Settles messages whose send ended unclear or whose node died: never attempted → back in the
     * queue; attempted → asked at the provider first, resent only if it certainly has none, and left
     * for a person to review if it cannot tell.
     */
    int settle() {
        var now = clock.instant();
        var stale = transactions.execute(tx -> store.claimStale(now, now.minus(settings.claimLease()),
                now.minus(settings.settleAfter()), settings.batchSize(), newClaim()));
        if (stale == null) {
            return 0;
        }
        for (var row : stale) {
            if (row.attemptStartedAt() == null) {
                store.release(row.id(), OutboxStatus.CREATED, now, null);
                continue;
            }
            var address = recipients.find(row.participantId()).map(c -> c.safeAddresses().get(row.channel()));
            Lookup answer = address.isEmpty() ? new Lookup.Unknown("the contact is no longer there to look up")
                    : messenger.channel(row.channel()).find(outgoing(row, address.get()), row.attemptStartedAt());
            switch (answer) {
                case Lookup.Found found -> store.markSent(row.id(), found.providerReference(), now);
                // Certainly not at the provider, and the grace period has passed: send it again now.
                case Lookup.NotFound notFound -> retryOrGiveUp(row, row.attempts(), now, true);
                case Lookup.Unknown unknown -> {
                    log.warn("Outbox message {} may or may not have been sent ({}): marked for review", row.id(),
                            unknown.why());
                    store.finish(row.id(), List.of(OutboxStatus.SENDING), OutboxStatus.TECHNICAL_FAILURE,
                            "unsettled-needs-review", true, now);
                }
            }
        }
        return stale.size();
    }

    private static OutgoingMessage outgoing(OutboxRow row, String address) {
        return new OutgoingMessage(row.channel(), address, row.subject(), row.body(), row.id());
    }

    /**
     * A name for one claim: this node and a counter. A message's attempt may only start under the
     * claim that took it, so a message released (its claim ran out while it waited for the pacer)
     * and claimed again, even by this same node, can never be attempted twice.
     */
    private String newClaim() {
        var name = node.length() > 48 ? node.substring(node.length() - 48) : node;
        return name + "/" + Long.toString(claims.incrementAndGet(), 36);
    }

    String node() {
        return node;
    }

    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        var name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 60 ? name.substring(name.length() - 60) : name;
    }

    @Override
    public void destroy() {
        loop.shutdownNow();
        senders.shutdownNow();
    }

}
