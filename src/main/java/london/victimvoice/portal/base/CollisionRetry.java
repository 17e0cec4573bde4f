package london.victimvoice.portal.base;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Runs a short transaction again when it collided with another one writing the same unique row
 * (the unique key said no, or MariaDB picked it as a deadlock victim). The whole transaction has
 * rolled back by then, so the next attempt sees what the other one committed and its own rules
 * give the plain answer.
 */
public final class CollisionRetry {

    private static final Logger log = LoggerFactory.getLogger(CollisionRetry.class);
    private static final int ATTEMPTS = 3;

    private CollisionRetry() {
    }

    /** @param what a few words for the log, such as "sign-up" */
    public static <T> T run(String what, Supplier<T> transaction) {
        for (var attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("{} collided with another writing the same row; trying again", what, e);
                pause(Duration.ofMillis(20L * attempt), what);
            }
        }
    }

    private static void pause(Duration duration, String what) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a " + what, e);
        }
    }
}
