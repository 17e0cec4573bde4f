package london.victimvoice.portal.vouchers;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;

/**
 * Vouchers as CSV for finance (RFC 4180: commas, double quotes where needed, CRLF), one row per
 * voucher. A person appears only as a pseudonymous reference that stays the same across exports;
 * never a name, contact detail, voucher code or staff username. Days are London dates (ISO).
 * Every cell that a spreadsheet would read as a formula starts with a quote.
 */
final class FinanceCsv {

    static final String[] HEADER = {"finance_reference", "financial_year", "sponsor", "forum", "meeting_day",
            "value_gbp", "status", "delivery", "requested_on", "approved_on", "issued_on", "confirmed_on",
            "confirmed_via"};

    private FinanceCsv() {
    }

    /** @param reference the person's finance reference from their id */
    static String of(List<ReconciliationStore.VoucherRow> vouchers, Function<UUID, String> reference) {
        var out = new StringWriter();
        try (var printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (var v : vouchers) {
                printer.printRecord(List.of(reference.apply(v.participantId()), v.year().label(), v.sponsor().name(),
                        v.forumCode(), v.meetingDay().toString(), pounds(v.valuePence()), v.status().name(),
                        v.delivery() == null ? "" : v.delivery().name(), day(v.requestedAt()), day(v.approvedAt()),
                        day(v.issuedAt()), day(v.confirmedAt()), v.confirmedVia() == null ? "" : v.confirmedVia().name())
                        .stream().map(FinanceCsv::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** "25.00" */
    static String pounds(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }

    /** "P-" and the first 12 characters of the person's keyed fingerprint, upper case. */
    static String reference(String fingerprint) {
        return "P-" + fingerprint.substring(0, 12).toUpperCase(Locale.ROOT);
    }

    /** A cell starting =, +, -, @, tab or carriage return would run as a formula: a leading quote stops that. */
    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String day(@Nullable Instant instant) {
        return instant == null ? "" : LondonTimes.date(instant).toString();
    }
}
