package london.victimvoice.portal.vouchers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/**
 * A financial year, 1 April to 31 March in London, named by the year it starts: 2026 is
 * 1 April 2026 to 31 March 2027, shown as "2026/27". A moment belongs to the year of its London
 * date, so 31 March 23:30 and 1 April 00:30 fall in different years in winter and summer time.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public FinancialYear {
        if (startYear < 2000 || startYear > 2999) {
            throw new IllegalArgumentException("A financial year starts between 2000 and 2999, not " + startYear);
        }
    }

    public static FinancialYear of(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public static FinancialYear of(Instant moment) {
        return of(moment.atZone(LONDON).toLocalDate());
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    /** "2026/27" */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
