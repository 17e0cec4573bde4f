package london.victimvoice.portal.base.ui;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import london.victimvoice.portal.base.SessionProperties;

/** Makes the idle-session warning with the configured session timeout. */
@Component
class SessionTimeouts {

    private final Duration timeout;
    private final Duration warningBefore;

    SessionTimeouts(@Value("${server.servlet.session.timeout:30m}") Duration timeout, SessionProperties session) {
        this.timeout = timeout;
        this.warningBefore = session.warningBefore();
    }

    SessionTimeoutWarning warning(String expiredUrl) {
        return new SessionTimeoutWarning(timeout, warningBefore, expiredUrl);
    }
}
