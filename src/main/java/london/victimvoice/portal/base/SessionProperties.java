package london.victimvoice.portal.base;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param warningBefore how long before an idle session closes people are warned and offered
 *                      to stay signed in (the timeout itself is {@code server.servlet.session.timeout})
 */
@ConfigurationProperties("portal.session")
public record SessionProperties(@DefaultValue("2m") Duration warningBefore) {
}
