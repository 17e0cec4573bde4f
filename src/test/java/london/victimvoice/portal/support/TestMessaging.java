package london.victimvoice.portal.support;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;

import london.victimvoice.portal.messaging.MessagingProperties;

/** The messaging settings' defaults, for tests that build a channel without Spring. */
public final class TestMessaging {

    public static final MessagingProperties.Outbox OUTBOX = new MessagingProperties.Outbox(
            MessagingProperties.Dispatch.OFF, "test", Duration.ofSeconds(2), 20, 4, Duration.ofMinutes(2),
            Duration.ofSeconds(90), new MessagingProperties.Retry(5, Duration.ofSeconds(30), Duration.ofMinutes(30)),
            LocalTime.of(20, 0), LocalTime.of(8, 0),
            new MessagingProperties.Pacing(9, 30, Duration.ofSeconds(60)), 5000, Duration.ofDays(30));

    public static final MessagingProperties.Links LINKS = new MessagingProperties.Links(URI.create("http://localhost:8080"),
            null);

    private TestMessaging() {
    }
}
