package london.victimvoice.portal.vouchers;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Codes of one value not yet given to anyone.
 *
 * @param free           unexpired and free
 * @param earliestExpiry the first day one of them stops working; null when none expires
 * @param expired        free but past their day (never given out)
 */
public record CodeStock(int valuePence, int free, @Nullable LocalDate earliestExpiry, int expired) {
}
