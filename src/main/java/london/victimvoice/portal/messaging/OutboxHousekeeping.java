package london.victimvoice.portal.messaging;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A message's words may hold a person's name, and once it has its final status nobody needs them:
 * after {@code keep-text-for} they are blanked. The row stays (status, times, template and
 * version), so the message log and bulk-send reports stay whole. Harmless on several nodes.
 */
@Component
class OutboxHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);

    private final OutboxStore store;
    private final MessagingProperties properties;
    private final Clock clock;

    OutboxHousekeeping(OutboxStore store, MessagingProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.messaging.outbox.housekeeping:0 17 * * * *}")
    int forgetOldTexts() {
        var forgotten = store.forgetTexts(clock.instant().minus(properties.outbox().keepTextFor()));
        if (forgotten > 0) {
            log.info("Blanked the words of {} finished messages", forgotten);
        }
        return forgotten;
    }
}
