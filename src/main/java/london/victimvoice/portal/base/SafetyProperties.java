package london.victimvoice.portal.base;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param exitUrl where "Exit this page" sends people: a neutral site that reveals nothing
 */
@ConfigurationProperties("portal.safety")
public record SafetyProperties(@DefaultValue("https://www.bbc.co.uk/weather") URI exitUrl) {
}
