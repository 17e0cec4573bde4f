package london.victimvoice.portal.vouchers;

import org.jspecify.annotations.Nullable;

/**
 * How much may be allotted to a sponsor in one financial year.
 *
 * @param capPence null when there is no cap
 * @param version  to send back with a change
 */
public record SponsorCap(Sponsor sponsor, @Nullable Long capPence, int version) {
}
