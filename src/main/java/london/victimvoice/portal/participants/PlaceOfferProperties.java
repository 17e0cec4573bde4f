package london.victimvoice.portal.participants;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Offers of free places to people on a waiting list.
 *
 * @param hours how long someone has to accept an offer, and how long after declining or letting
 *              one lapse they are passed over for the next; at least 1
 * @param sweep the cron expression of the sweep that expires offers and makes any owed ({@code -}
 *              turns it off, as tests do; they run it themselves)
 */
@ConfigurationProperties("portal.participants.offers")
record PlaceOfferProperties(@DefaultValue("72") int hours, @DefaultValue("0 */5 * * * *") String sweep) {

    PlaceOfferProperties {
        if (hours < 1) {
            throw new IllegalArgumentException("portal.participants.offers.hours must be at least 1");
        }
    }

    Duration window() {
        return Duration.ofHours(hours);
    }
}
