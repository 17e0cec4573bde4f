package london.victimvoice.portal.vouchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/**
 * The financial year, 1 April to 31 March in London: the London date decides, in winter and in
 * summer time, and whatever the server's own time zone is.
 */
class FinancialYearTest {

    @Test
    void april_starts_a_year_and_march_ends_it() {
        assertThat(FinancialYear.of(LocalDate.of(2027, 3, 31))).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.of(LocalDate.of(2027, 4, 1))).isEqualTo(new FinancialYear(2027));
        assertThat(FinancialYear.of(LocalDate.of(2027, 1, 1))).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.of(LocalDate.of(2026, 12, 31))).isEqualTo(new FinancialYear(2026));
        assertThat(new FinancialYear(2026).firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(new FinancialYear(2026).lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(new FinancialYear(2026).contains(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(new FinancialYear(2026).contains(LocalDate.of(2027, 4, 1))).isFalse();
        assertThat(new FinancialYear(2026).contains(LocalDate.of(2026, 3, 31))).isFalse();
    }

    @Test
    void the_end_of_march_is_summer_time_so_london_midnight_is_an_hour_before_utc_midnight() {
        // 31 March 2027 23:30 BST = 22:30 UTC; 1 April 2027 00:30 BST = 31 March 23:30 UTC.
        assertThat(FinancialYear.of(Instant.parse("2027-03-31T22:30:00Z"))).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.of(Instant.parse("2027-03-31T22:59:59Z"))).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.of(Instant.parse("2027-03-31T23:00:00Z"))).isEqualTo(new FinancialYear(2027));
        assertThat(FinancialYear.of(Instant.parse("2027-03-31T23:30:00Z")))
                .as("still 31 March in UTC, but April in London").isEqualTo(new FinancialYear(2027));
    }

    @Test
    void on_the_day_the_clocks_go_forward_both_regimes_give_the_london_date() {
        // In 2024 the clocks went forward at 01:00 UTC on 31 March itself.
        assertThat(FinancialYear.of(Instant.parse("2024-03-31T00:30:00Z"))).as("00:30 GMT")
                .isEqualTo(new FinancialYear(2023));
        assertThat(FinancialYear.of(Instant.parse("2024-03-31T22:30:00Z"))).as("23:30 BST")
                .isEqualTo(new FinancialYear(2023));
        assertThat(FinancialYear.of(Instant.parse("2024-03-31T23:30:00Z"))).as("1 April 00:30 BST")
                .isEqualTo(new FinancialYear(2024));
        // In winter London is on UTC: a winter moment is in the year of its UTC date.
        assertThat(FinancialYear.of(Instant.parse("2027-01-01T00:30:00Z"))).isEqualTo(new FinancialYear(2026));
    }

    @Test
    void the_servers_own_time_zone_makes_no_difference() {
        var before = TimeZone.getDefault();
        try {
            for (var zone : new String[] {"UTC", "America/New_York", "Asia/Tokyo", "Europe/London"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertThat(FinancialYear.of(Instant.parse("2027-03-31T23:30:00Z"))).as(zone)
                        .isEqualTo(new FinancialYear(2027));
                assertThat(FinancialYear.of(Instant.parse("2027-03-31T22:30:00Z"))).as(zone)
                        .isEqualTo(new FinancialYear(2026));
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void labels_and_neighbours() {
        assertThat(new FinancialYear(2026).label()).isEqualTo("2026/27");
        assertThat(new FinancialYear(2099).label()).isEqualTo("2099/00");
        assertThat(new FinancialYear(2026).next()).isEqualTo(new FinancialYear(2027));
        assertThat(new FinancialYear(2026).previous()).isEqualTo(new FinancialYear(2025));
        assertThatThrownBy(() -> new FinancialYear(1999)).isInstanceOf(IllegalArgumentException.class);
    }
}
