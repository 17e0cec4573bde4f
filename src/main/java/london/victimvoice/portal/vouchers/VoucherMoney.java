package london.victimvoice.portal.vouchers;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Money as people read and type it: £25.00 (UK), and pounds typed as "25", "25.50" or "£2,500". */
public final class VoucherMoney {

    private static final Pattern POUNDS = Pattern.compile("-?\\d{1,12}(\\.\\d{1,2})?");

    private VoucherMoney() {
    }

    /** "£1,234.56"; a negative amount "-£12.00". */
    public static String format(long pence) {
        var format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(BigDecimal.valueOf(pence, 2));
    }

    /**
     * Pence from what was typed: an optional £, thousands commas, at most two decimals.
     *
     * @return empty when it is not an amount of money (blank, letters, three decimals); a minus sign gives a negative amount, for the service to refuse with its own words
     */
    public static OptionalLong parse(String typed) {
        var clean = typed.strip().replace(",", "");
        if (clean.startsWith("£")) {
            clean = clean.substring(1).strip();
        }
        if (!POUNDS.matcher(clean).matches()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(new BigDecimal(clean).movePointRight(2).longValueExact());
    }
}
