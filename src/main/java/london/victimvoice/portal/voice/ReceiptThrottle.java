package london.victimvoice.portal.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Limits receipt-code tries that find nothing: {@code receiptTries} per {@code receiptWindow} from
 * one browser session, and {@value #GLOBAL_FACTOR} times that over all sessions together, so
 * guessing across many sessions is as slow as within one. A try is taken before the lookup and
 * given back when the code opened an answer, so people looking up their own code are never held
 * up. Kept in memory only (per node): the session keys are never stored or logged.
 */
@Component
class ReceiptThrottle {

    static final int GLOBAL_FACTOR = 30;
    static final String ALL = "";
    /** Past this many sessions, expired ones are dropped on the next try. */
    private static final int TIDY_ABOVE = 1000;

    private final int tries;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    ReceiptThrottle(VoiceProperties properties, Clock clock) {
        this.tries = properties.receiptTries();
        this.window = properties.receiptWindow();
        this.clock = clock;
    }

    /**
     * Takes one try for this session.
     *
     * @return empty when the try may go ahead, else how long until the next one may
     */
    synchronized Optional<Duration> take(String sessionKey) {
        var now = clock.instant();
        if (recent.size() > TIDY_ABOVE) {
            recent.values().removeIf(times -> {
                drop(times, now);
                return times.isEmpty();
            });
        }
        var session = recent.computeIfAbsent(ALL + "s:" + sessionKey, k -> new ArrayDeque<>());
        var everyone = recent.computeIfAbsent(ALL, k -> new ArrayDeque<>());
        drop(session, now);
        drop(everyone, now);
        if (session.size() >= tries) {
            return Optional.of(wait(session, now));
        }
        if (everyone.size() >= tries * GLOBAL_FACTOR) {
            return Optional.of(wait(everyone, now));
        }
        session.addLast(now);
        everyone.addLast(now);
        return Optional.empty();
    }

    /** Gives back the session's latest try: it opened an answer. */
    synchronized void giveBack(String sessionKey) {
        var session = recent.get(ALL + "s:" + sessionKey);
        if (session != null && !session.isEmpty()) {
            session.removeLast();
        }
        var everyone = recent.get(ALL);
        if (everyone != null && !everyone.isEmpty()) {
            everyone.removeLast();
        }
    }

    private void drop(Deque<Instant> times, Instant now) {
        var since = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
    }

    private Duration wait(Deque<Instant> times, Instant now) {
        var wait = Duration.between(now, times.peekFirst().plus(window));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Forgets every try: for tests. */
    synchronized void reset() {
        recent.clear();
    }
}
