package london.victimvoice.portal.e2e;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.boot.test.context.TestComponent;

/** Records which HTTP sessions the server has ended, so a test can see a session really closed. */
@TestComponent
class SessionTracker implements HttpSessionListener {

    private final Set<String> ended = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ended.add(event.getSession().getId());
    }

    boolean hasEnded(String sessionId) {
        return ended.contains(sessionId);
    }
}
