package london.victimvoice.portal.campaigns;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param queueing     {@code background}: due campaigns are queued on a poll and straight after one
 *                     is confirmed; {@code off}: not by this node (tests queue by hand)
 * @param pollInterval how often due (scheduled or interrupted) campaigns are looked for
 * @param sliceSize    recipients queued per transaction: small enough that a crash repeats little
 */
@ConfigurationProperties("portal.campaigns")
public record CampaignProperties(@DefaultValue("background") Queueing queueing,
        @DefaultValue("1s") Duration pollInterval, @DefaultValue("200") int sliceSize) {

    public enum Queueing {
        BACKGROUND, OFF
    }
}
