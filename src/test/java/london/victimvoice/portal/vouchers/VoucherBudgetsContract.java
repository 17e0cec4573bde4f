package london.victimvoice.portal.vouchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import london.victimvoice.portal.support.MutableClock;

/**
 * Voucher budgets on every database we run on: totals always equal the sum of the ledger's rows
 * (also after a long random run of allots, overrides, charges, refunds and reversals), entries at
 * either side of the financial year's end land in the right year, the City of London's cap,
 * reversing once and never a reversal, overrides with reasons, bad amounts refused, admins only,
 * forum rules with their version check, and a charge that never goes beyond budget and override
 * and happens once per voucher. Each test uses financial years of its own, so the ledger (which
 * can never be emptied) needs no cleaning.
 */
@SpringBootTest(properties = "portal.messaging.outbox.dispatch=off")
@ActiveProfiles("test")
@Import(VoucherBudgetsContract.Config.class)
abstract class VoucherBudgetsContract {

    /** Monday 1 March 2032, 11am in London: financial year 2031/32. */
    static final Instant NOW = Instant.parse("2032-03-01T11:00:00Z");
    static final BudgetStaff ADMIN = new BudgetStaff("admin-ada", true);
    static final BudgetStaff NOT_ADMIN = new BudgetStaff("approver-amy", false);
    /** Years far from each other test's and from other tests': each test takes its own. */

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    VoucherBudgets budgets;

    @Autowired
    Ledger ledger;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private Long cityCap;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        cityCap = jdbc.queryForObject("SELECT annual_cap_pence FROM voucher_sponsor WHERE code = 'CITY_OF_LONDON'",
                Long.class);
    }

    /** The context is shared: the cap and the forum rules go back as they were. */
    @AfterEach
    void leaveAsFound() {
        jdbc.update("UPDATE voucher_sponsor SET annual_cap_pence = ? WHERE code = 'CITY_OF_LONDON'", cityCap);
        jdbc.update("DELETE FROM voucher_forum_rule WHERE forum_code IN ('open', 'lgbtq')");
    }

    static FinancialYear freshYear() {
        return TestYears.next();
    }

    <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    long sum(FinancialYear year, Sponsor sponsor, LedgerAccount account) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(amount_pence), 0) FROM voucher_ledger WHERE financial_year = ?"
                + " AND sponsor = ? AND account = ?", Long.class, year.startYear(), sponsor.name(), account.name());
    }

    int rows(FinancialYear year) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher_ledger WHERE financial_year = ?", Integer.class,
                year.startYear());
    }

    SponsorYear of(FinancialYear year, Sponsor sponsor) {
        return budgets.overview(ADMIN, year).sponsors().stream().filter(s -> s.sponsor() == sponsor).findFirst()
                .orElseThrow();
    }

    static VoucherRefused refused(Runnable attempt) {
        var refused = catchThrowableOfType(VoucherRefused.class, attempt::run);
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    @Test
    void totals_are_the_sums_of_the_entries() {
        var year = freshYear();
        budgets.allot(ADMIN, year, Sponsor.MOPAC, 100_000, "Money for the year");
        budgets.allot(ADMIN, year, Sponsor.MOPAC, 50_050, "A top-up");
        budgets.allow(ADMIN, year, Sponsor.MOPAC, 5_000, "The last meeting ran over");
        var voucher = UUID.randomUUID();
        clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(inTransaction(() -> ledger.charge(voucher, year, Sponsor.MOPAC, 2_500, "approver-amy"))).isTrue();

        var totals = of(year, Sponsor.MOPAC).totals();
        assertThat(totals.budgetPence()).isEqualTo(150_050).isEqualTo(sum(year, Sponsor.MOPAC, LedgerAccount.BUDGET));
        assertThat(totals.allowancePence()).isEqualTo(5_000).isEqualTo(sum(year, Sponsor.MOPAC, LedgerAccount.OVERRIDE));
        assertThat(totals.spentPence()).isEqualTo(2_500).isEqualTo(sum(year, Sponsor.MOPAC, LedgerAccount.SPENT));
        assertThat(totals.availablePence()).isEqualTo(150_050 + 5_000 - 2_500);
        assertThat(of(year, Sponsor.CITY_OF_LONDON).totals().budgetPence()).isZero();
        var overview = budgets.overview(ADMIN, year);
        assertThat(overview.entries()).hasSize(4);
        assertThat(overview.entries().getFirst().account()).as("newest first").isEqualTo(LedgerAccount.SPENT);
        assertThat(overview.entries()).extracting(LedgerEntry::recordedBy).contains("admin-ada", "approver-amy");
        assertThat(overview.entries()).extracting(LedgerEntry::reason).contains("The last meeting ran over");
    }

    @Test
    void after_a_random_run_of_every_kind_of_entry_the_totals_still_equal_the_sums() {
        var seed = System.nanoTime();
        var random = new Random(seed);
        var year = freshYear();
        budgets.allot(ADMIN, year, Sponsor.MOPAC, 10_000, "Start");
        budgets.allot(ADMIN, year, Sponsor.CITY_OF_LONDON, 10_000, "Start");
        var charged = new ArrayList<UUID>();
        var reversible = new ArrayList<UUID>();
        var expected = new EnumMap<Sponsor, long[]>(Sponsor.class);
        for (var s : Sponsor.values()) {
            expected.put(s, new long[] {10_000, 0, 0});
        }
        var entryAmounts = new java.util.HashMap<UUID, Object[]>();
        for (int step = 0; step < 120; step++) {
            var sponsor = Sponsor.values()[random.nextInt(2)];
            var pence = 1 + random.nextInt(3_000);
            clock.advance(java.time.Duration.ofSeconds(1 + random.nextInt(60)));
            switch (random.nextInt(5)) {
                case 0 -> {
                    try {
                        var e = budgets.allot(ADMIN, year, sponsor, pence, "Step " + step);
                        expected.get(sponsor)[0] += pence;
                        reversible.add(e.id());
                        entryAmounts.put(e.id(), new Object[] {sponsor, 0, (long) pence});
                    } catch (VoucherRefused overCap) {
                        assertThat(overCap.messageKey()).isEqualTo("vouchers.ledger.error.overCap");
                    }
                }
                case 1 -> {
                    var e = budgets.allow(ADMIN, year, sponsor, pence, "Step " + step);
                    expected.get(sponsor)[1] += pence;
                    reversible.add(e.id());
                    entryAmounts.put(e.id(), new Object[] {sponsor, 1, (long) pence});
                }
                case 2 -> {
                    var voucher = UUID.randomUUID();
                    var before = expected.get(sponsor);
                    var fits = before[0] + before[1] - before[2] >= pence;
                    var done = inTransaction(() -> ledger.charge(voucher, year, sponsor, pence, "approver"));
                    assertThat(done).as("step %d (seed %d): charged exactly when it fits", step, seed).isEqualTo(fits);
                    if (done) {
                        before[2] += pence;
                        charged.add(voucher);
                        entryAmounts.put(voucher, new Object[] {sponsor, 2, (long) pence});
                    }
                }
                case 3 -> {
                    if (!charged.isEmpty()) {
                        var voucher = charged.remove(random.nextInt(charged.size()));
                        inTransaction(() -> {
                            ledger.refund(voucher, "coordinator", "Attendance corrected");
                            return null;
                        });
                        var was = entryAmounts.get(voucher);
                        expected.get((Sponsor) was[0])[2] -= (long) was[2];
                    }
                }
                default -> {
                    if (!reversible.isEmpty()) {
                        var id = reversible.remove(random.nextInt(reversible.size()));
                        budgets.reverse(ADMIN, id, "Put right at step " + step);
                        var was = entryAmounts.get(id);
                        expected.get((Sponsor) was[0])[(int) was[1]] -= (long) was[2];
                    }
                }
            }
            for (var s : Sponsor.values()) {
                var totals = inTransaction(() -> ledger.totals(year, s));
                var want = expected.get(s);
                assertThat(new long[] {totals.budgetPence(), totals.allowancePence(), totals.spentPence()})
                        .as("step %d, %s (seed %d): the model", step, s, seed).containsExactly(want);
                assertThat(new long[] {sum(year, s, LedgerAccount.BUDGET), sum(year, s, LedgerAccount.OVERRIDE),
                        sum(year, s, LedgerAccount.SPENT)}).as("step %d, %s (seed %d): plain SUM", step, s, seed)
                        .containsExactly(want);
            }
        }
        var overview = budgets.overview(ADMIN, year);
        for (var s : overview.sponsors()) {
            assertThat(s.totals().budgetPence()).isEqualTo(sum(year, s.sponsor(), LedgerAccount.BUDGET));
            assertThat(s.totals().spentPence()).isEqualTo(sum(year, s.sponsor(), LedgerAccount.SPENT));
        }
        assertThat(overview.entries()).hasSize(rows(year));
    }

    @Test
    void an_entry_at_the_end_of_march_and_one_at_the_start_of_april_land_in_their_own_years() {
        // 31 March 2032 23:30 in London is 22:30 UTC (summer time); 1 April 00:30 is still 31 March in UTC.
        clock.set(Instant.parse("2032-03-31T22:30:00Z"));
        var march = budgets.currentYear();
        var before = budgets.allot(ADMIN, march, Sponsor.MOPAC, 1_111, "Last thing in March");
        clock.set(Instant.parse("2032-03-31T23:30:00Z"));
        var april = budgets.currentYear();
        var after = budgets.allot(ADMIN, april, Sponsor.MOPAC, 2_222, "First thing in April");

        assertThat(march).isEqualTo(new FinancialYear(2031));
        assertThat(april).isEqualTo(new FinancialYear(2032));
        assertThat(budgets.overview(ADMIN, march).entries()).extracting(LedgerEntry::id).contains(before.id())
                .doesNotContain(after.id());
        assertThat(budgets.overview(ADMIN, april).entries()).extracting(LedgerEntry::id).contains(after.id())
                .doesNotContain(before.id());
        assertThat(jdbc.queryForObject("SELECT financial_year FROM voucher_ledger WHERE id = ?", Integer.class,
                after.id().toString())).isEqualTo(2032);
        assertThat(budgets.years(ADMIN)).contains(april, march, new FinancialYear(2033));
    }

    @Test
    void the_city_of_london_cap_refuses_a_budget_beyond_it_and_says_by_how_much() {
        var year = freshYear();
        assertThat(budgets.caps(ADMIN)).filteredOn(c -> c.sponsor() == Sponsor.CITY_OF_LONDON)
                .extracting(SponsorCap::capPence).containsExactly(cityCap);
        jdbc.update("UPDATE voucher_sponsor SET annual_cap_pence = 2500000 WHERE code = 'CITY_OF_LONDON'");
        budgets.allot(ADMIN, year, Sponsor.CITY_OF_LONDON, 2_000_000, "Most of the year");
        var before = rows(year);

        var refused = refused(() -> budgets.allot(ADMIN, year, Sponsor.CITY_OF_LONDON, 600_000, "Too much"));
        assertThat(refused.messageKey()).isEqualTo("vouchers.ledger.error.overCap");
        assertThat(refused.arguments()).containsExactly("City of London", year.label(), "£25,000.00", "£20,000.00",
                "£6,000.00", "£5,000.00");
        assertThat(rows(year)).as("nothing added").isEqualTo(before);

        budgets.allot(ADMIN, year, Sponsor.CITY_OF_LONDON, 500_000, "Exactly up to the cap");
        assertThat(of(year, Sponsor.CITY_OF_LONDON).totals().budgetPence()).isEqualTo(2_500_000);
        assertThat(refused(() -> budgets.allot(ADMIN, year, Sponsor.CITY_OF_LONDON, 1, "One penny more")).messageKey())
                .isEqualTo("vouchers.ledger.error.overCap");
        // MOPAC has no cap; a reversal makes room again; the cap is per year.
        budgets.allot(ADMIN, year, Sponsor.MOPAC, 90_000_000, "MOPAC has no cap");
        budgets.allot(ADMIN, year.next(), Sponsor.CITY_OF_LONDON, 2_500_000, "Next year has its own cap");
        var first = budgets.overview(ADMIN, year).entries().stream()
                .filter(e -> e.amountPence() == 2_000_000).findFirst().orElseThrow();
        budgets.reverse(ADMIN, first.id(), "Given to the wrong year");
        budgets.allot(ADMIN, year, Sponsor.CITY_OF_LONDON, 600_000, "Now it fits");
        assertThat(of(year, Sponsor.CITY_OF_LONDON).capPence()).isEqualTo(2_500_000L);
    }

    @Test
    void two_admins_allotting_at_once_never_go_beyond_the_cap_together() throws Exception {
        var year = freshYear();
        jdbc.update("UPDATE voucher_sponsor SET annual_cap_pence = 2500000 WHERE code = 'CITY_OF_LONDON'");
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var attempts = new ArrayList<java.util.concurrent.Future<Boolean>>();
            for (var who : List.of("admin-one", "admin-two")) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    try {
                        budgets.allot(new BudgetStaff(who, true), year, Sponsor.CITY_OF_LONDON, 1_500_000, "At once");
                        return true;
                    } catch (VoucherRefused refused) {
                        assertThat(refused.messageKey()).isEqualTo("vouchers.ledger.error.overCap");
                        return false;
                    }
                }));
            }
            start.countDown();
            var allotted = 0;
            for (var attempt : attempts) {
                allotted += attempt.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(allotted).as("exactly one fits under the cap").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sum(year, Sponsor.CITY_OF_LONDON, LedgerAccount.BUDGET)).isEqualTo(1_500_000);
        assertThat(rows(year)).isEqualTo(1);
    }

    @Test
    void a_cap_is_changed_over_its_version_and_never_below_what_this_year_has() {
        var year = freshYear();
        clock.set(year.firstDay().plusMonths(2).atTime(11, 0).atZone(FinancialYear.LONDON).toInstant());
        assertThat(budgets.currentYear()).isEqualTo(year);
        var city = budgets.caps(ADMIN).stream().filter(c -> c.sponsor() == Sponsor.CITY_OF_LONDON).findFirst()
                .orElseThrow();
        var saved = budgets.saveCap(ADMIN, Sponsor.CITY_OF_LONDON, 3_000_000L, city.version());
        assertThat(saved.capPence()).isEqualTo(3_000_000L);
        assertThat(refused(() -> budgets.saveCap(ADMIN, Sponsor.CITY_OF_LONDON, 100L, city.version())).messageKey())
                .isEqualTo("vouchers.ledger.error.staleCap");
        assertThat(refused(() -> budgets.saveCap(ADMIN, Sponsor.CITY_OF_LONDON, -1L, saved.version())).messageKey())
                .isEqualTo("vouchers.ledger.error.capNegative");
        assertThat(refused(() -> budgets.saveCap(ADMIN, Sponsor.CITY_OF_LONDON, Long.MAX_VALUE, saved.version()))
                .messageKey()).isEqualTo("vouchers.ledger.error.capTooBig");
        var allotted = of(year, Sponsor.CITY_OF_LONDON).totals().budgetPence();
        budgets.allot(ADMIN, year, Sponsor.CITY_OF_LONDON, 3_000_000 - allotted, "Up to the new cap");
        assertThat(refused(() -> budgets.saveCap(ADMIN, Sponsor.CITY_OF_LONDON, 2_999_999L, saved.version()))
                .messageKey()).isEqualTo("vouchers.ledger.error.capBelowBudget");
        assertThat(budgets.saveCap(ADMIN, Sponsor.CITY_OF_LONDON, null, saved.version()).capPence()).isNull();
        budgets.allot(ADMIN, year, Sponsor.CITY_OF_LONDON, 50_000_000, "No cap now");
    }

    @Test
    void an_entry_is_reversed_once_and_a_reversal_never() {
        var year = freshYear();
        var entry = budgets.allot(ADMIN, year, Sponsor.MOPAC, 40_000, "Allotted twice by mistake");
        assertThat(refused(() -> budgets.reverse(ADMIN, entry.id(), "  ")).messageKey())
                .isEqualTo("vouchers.ledger.error.reasonMissing");
        var reversal = budgets.reverse(ADMIN, entry.id(), "It was allotted twice");
        assertThat(reversal.amountPence()).isEqualTo(-40_000);
        assertThat(reversal.reversesId()).isEqualTo(entry.id());
        assertThat(reversal.reason()).isEqualTo("It was allotted twice");
        assertThat(reversal.recordedBy()).isEqualTo("admin-ada");
        assertThat(of(year, Sponsor.MOPAC).totals().budgetPence()).isZero();

        assertThat(refused(() -> budgets.reverse(ADMIN, entry.id(), "Again")).messageKey())
                .isEqualTo("vouchers.ledger.error.alreadyReversed");
        assertThat(refused(() -> budgets.reverse(ADMIN, reversal.id(), "Undo the undo")).messageKey())
                .isEqualTo("vouchers.ledger.error.reversal");
        assertThat(refused(() -> budgets.reverse(ADMIN, UUID.randomUUID(), "Nothing")).messageKey())
                .isEqualTo("vouchers.ledger.error.notFound");
        assertThat(rows(year)).isEqualTo(2);
        var overview = budgets.overview(ADMIN, year);
        assertThat(overview.reversed()).containsExactly(entry.id());
        assertThat(overview.entries()).noneMatch(overview::reversible);
    }

    @Test
    void a_vouchers_charge_is_not_reversed_by_an_admin_but_by_its_refund() {
        var year = freshYear();
        budgets.allot(ADMIN, year, Sponsor.MOPAC, 10_000, "Budget");
        var voucher = UUID.randomUUID();
        clock.advance(java.time.Duration.ofMinutes(1));
        inTransaction(() -> ledger.charge(voucher, year, Sponsor.MOPAC, 2_500, "approver"));
        var charge = budgets.overview(ADMIN, year).entries().getFirst();
        assertThat(charge.account()).isEqualTo(LedgerAccount.SPENT);
        assertThat(budgets.overview(ADMIN, year).reversible(charge)).isFalse();
        assertThat(refused(() -> budgets.reverse(ADMIN, charge.id(), "Not like this")).messageKey())
                .isEqualTo("vouchers.ledger.error.spentEntry");
        clock.advance(java.time.Duration.ofMinutes(1));
        inTransaction(() -> {
            ledger.refund(voucher, "coordinator", "Attendance corrected");
            return null;
        });
        var refund = budgets.overview(ADMIN, year).entries().getFirst();
        assertThat(refund.reversesId()).isEqualTo(charge.id());
        assertThat(refused(() -> budgets.reverse(ADMIN, refund.id(), "Undo the refund")).messageKey())
                .isEqualTo("vouchers.ledger.error.reversal");
        assertThat(of(year, Sponsor.MOPAC).totals().spentPence()).isZero();
    }

    @Test
    void an_override_needs_a_positive_amount_and_a_reason() {
        var year = freshYear();
        assertThat(refused(() -> budgets.allow(ADMIN, year, Sponsor.MOPAC, 5_000, "")).messageKey())
                .isEqualTo("vouchers.ledger.error.reasonMissing");
        assertThat(refused(() -> budgets.allow(ADMIN, year, Sponsor.MOPAC, 5_000, " \n ")).messageKey())
                .isEqualTo("vouchers.ledger.error.reasonMissing");
        assertThat(refused(() -> budgets.allow(ADMIN, year, Sponsor.MOPAC, 0, "Why")).messageKey())
                .isEqualTo("vouchers.ledger.error.amountPositive");
        assertThat(rows(year)).isZero();
        var entry = budgets.allow(ADMIN, year, Sponsor.MOPAC, 5_000, "  Two extra meetings in March  ");
        assertThat(entry.account()).isEqualTo(LedgerAccount.OVERRIDE);
        assertThat(entry.reason()).isEqualTo("Two extra meetings in March");
        assertThat(of(year, Sponsor.MOPAC).totals().allowancePence()).isEqualTo(5_000);
    }

    @Test
    void negative_zero_and_huge_amounts_and_bad_reasons_are_refused_and_nothing_is_added() {
        var year = freshYear();
        for (long pence : new long[] {-1, 0, -2_500, VoucherBudgets.MAX_ENTRY_PENCE + 1, Long.MAX_VALUE}) {
            var allot = refused(() -> budgets.allot(ADMIN, year, Sponsor.MOPAC, pence, "Why"));
            var allow = refused(() -> budgets.allow(ADMIN, year, Sponsor.MOPAC, pence, "Why"));
            var key = pence <= 0 ? "vouchers.ledger.error.amountPositive" : "vouchers.ledger.error.amountTooBig";
            assertThat(allot.messageKey()).as("%d", pence).isEqualTo(key);
            assertThat(allow.messageKey()).as("%d", pence).isEqualTo(key);
        }
        assertThat(refused(() -> budgets.allot(ADMIN, year, Sponsor.MOPAC, 100, "x".repeat(501))).messageKey())
                .isEqualTo("vouchers.ledger.error.reasonTooLong");
        assertThat(refused(() -> budgets.allot(ADMIN, year, Sponsor.MOPAC, 100, "<script>alert(1)</script>"))
                .messageKey()).isEqualTo("vouchers.ledger.error.reasonMarkup");
        assertThat(rows(year)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_budget WHERE financial_year = ?", Integer.class,
                year.startYear())).as("no lock row left behind").isZero();
        budgets.allot(ADMIN, year, Sponsor.MOPAC, VoucherBudgets.MAX_ENTRY_PENCE, "x".repeat(500));
        assertThat(rows(year)).isEqualTo(1);
    }

    @Test
    void only_admins_see_or_change_budgets_and_rules() {
        var year = freshYear();
        for (Runnable attempt : List.<Runnable>of(() -> budgets.overview(NOT_ADMIN, year),
                () -> budgets.allot(NOT_ADMIN, year, Sponsor.MOPAC, 100, "Why"),
                () -> budgets.allow(NOT_ADMIN, year, Sponsor.MOPAC, 100, "Why"),
                () -> budgets.reverse(NOT_ADMIN, UUID.randomUUID(), "Why"),
                () -> budgets.rules(NOT_ADMIN), () -> budgets.caps(NOT_ADMIN), () -> budgets.years(NOT_ADMIN),
                () -> budgets.saveRule(NOT_ADMIN, "open", 100, Sponsor.MOPAC, null),
                () -> budgets.saveCap(NOT_ADMIN, Sponsor.CITY_OF_LONDON, 1L, 0))) {
            assertThat(refused(attempt).messageKey()).isEqualTo("vouchers.ledger.error.notAdmin");
        }
        assertThat(rows(year)).isZero();
    }

    @Test
    void every_look_at_the_budgets_is_written_to_the_audit() {
        var year = freshYear();
        var subject = "budgets:" + year.startYear();
        budgets.overview(ADMIN, year);
        budgets.overview(ADMIN, year);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE subject = ?"
                + " AND action = 'VIEWED_BUDGETS' AND staff_username = 'admin-ada'", Integer.class, subject))
                .isEqualTo(2);
        refused(() -> budgets.overview(NOT_ADMIN, year));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE subject = ?", Integer.class,
                subject)).isEqualTo(2);
    }

    @Test
    void warnings_come_at_80_and_100_percent_spent() {
        var year = freshYear();
        budgets.allot(ADMIN, year, Sponsor.MOPAC, 10_000, "Budget");
        inTransaction(() -> ledger.charge(UUID.randomUUID(), year, Sponsor.MOPAC, 7_999, "approver"));
        assertThat(of(year, Sponsor.MOPAC).level()).isEqualTo(BudgetTotals.Level.OK);
        inTransaction(() -> ledger.charge(UUID.randomUUID(), year, Sponsor.MOPAC, 1, "approver"));
        assertThat(of(year, Sponsor.MOPAC).level()).isEqualTo(BudgetTotals.Level.WARNING);
        inTransaction(() -> ledger.charge(UUID.randomUUID(), year, Sponsor.MOPAC, 2_000, "approver"));
        assertThat(of(year, Sponsor.MOPAC).level()).isEqualTo(BudgetTotals.Level.FULL);
        assertThat(of(year, Sponsor.MOPAC).totals().percentSpent()).isEqualTo(100);
        assertThat(of(year, Sponsor.CITY_OF_LONDON).level()).isEqualTo(BudgetTotals.Level.OK);
    }

    @Test
    void a_charge_never_goes_beyond_budget_and_override_and_happens_once_per_voucher() {
        var year = freshYear();
        var voucher = UUID.randomUUID();
        assertThat(inTransaction(() -> ledger.charge(voucher, year, Sponsor.MOPAC, 2_500, "approver")))
                .as("no budget row at all").isFalse();
        budgets.allot(ADMIN, year, Sponsor.MOPAC, 5_000, "Two vouchers");
        assertThat(inTransaction(() -> ledger.charge(voucher, year, Sponsor.MOPAC, 2_500, "approver"))).isTrue();
        assertThat(inTransaction(() -> ledger.charge(voucher, year, Sponsor.MOPAC, 2_500, "approver")))
                .as("again: nothing more").isTrue();
        assertThat(sum(year, Sponsor.MOPAC, LedgerAccount.SPENT)).isEqualTo(2_500);
        assertThat(inTransaction(() -> ledger.charge(UUID.randomUUID(), year, Sponsor.MOPAC, 2_501, "approver")))
                .as("one penny beyond what is left").isFalse();
        budgets.allow(ADMIN, year, Sponsor.MOPAC, 1, "One penny over");
        var last = UUID.randomUUID();
        assertThat(inTransaction(() -> ledger.charge(last, year, Sponsor.MOPAC, 2_501, "approver"))).isTrue();
        assertThat(inTransaction(() -> ledger.charge(UUID.randomUUID(), year, Sponsor.MOPAC, 1, "approver"))).isFalse();
        assertThat(of(year, Sponsor.MOPAC).totals().availablePence()).isZero();
        assertThat(sum(year, Sponsor.MOPAC, LedgerAccount.SPENT)).isEqualTo(5_001);
        // Withdrawn and requested again: charged again once, under its next key.
        inTransaction(() -> {
            ledger.refund(last, "coordinator", "Attendance corrected");
            return null;
        });
        assertThat(inTransaction(() -> ledger.charge(last, year, Sponsor.MOPAC, 2_501, "approver"))).isTrue();
        assertThat(inTransaction(() -> ledger.charge(last, year, Sponsor.MOPAC, 2_501, "approver"))).isTrue();
        assertThat(sum(year, Sponsor.MOPAC, LedgerAccount.SPENT)).isEqualTo(5_001);
    }

    @Test
    void a_forum_without_a_rule_gets_the_default_from_mopac_and_a_rule_is_saved_over_its_version() {
        assertThat(budgets.ruleFor("open")).isEqualTo(new ForumRule("open", 2500, Sponsor.MOPAC, null));
        assertThat(budgets.rules(ADMIN)).extracting(ForumRule::forumCode).contains("open", "lgbtq");

        var saved = budgets.saveRule(ADMIN, "open", 3_000, Sponsor.CITY_OF_LONDON, null);
        assertThat(saved).isEqualTo(new ForumRule("open", 3_000, Sponsor.CITY_OF_LONDON, 0));
        assertThat(budgets.ruleFor("open")).isEqualTo(saved);
        assertThat(budgets.ruleFor("lgbtq").standard()).isTrue();
        assertThat(refused(() -> budgets.saveRule(ADMIN, "open", 2_000, Sponsor.MOPAC, null)).messageKey())
                .as("made meanwhile by someone else").isEqualTo("vouchers.ledger.error.staleRule");
        var changed = budgets.saveRule(ADMIN, "open", 2_000, Sponsor.MOPAC, 0);
        assertThat(changed.version()).isEqualTo(1);
        assertThat(refused(() -> budgets.saveRule(ADMIN, "open", 1_000, Sponsor.MOPAC, 0)).messageKey())
                .isEqualTo("vouchers.ledger.error.staleRule");
        assertThat(budgets.ruleFor("open").valuePence()).isEqualTo(2_000);

        assertThat(refused(() -> budgets.saveRule(ADMIN, "open", 0, Sponsor.MOPAC, 1)).messageKey())
                .isEqualTo("vouchers.ledger.error.valuePositive");
        assertThat(refused(() -> budgets.saveRule(ADMIN, "open", -100, Sponsor.MOPAC, 1)).messageKey())
                .isEqualTo("vouchers.ledger.error.valuePositive");
        assertThat(refused(() -> budgets.saveRule(ADMIN, "open", VoucherBudgets.MAX_VALUE_PENCE + 1, Sponsor.MOPAC, 1))
                .messageKey()).isEqualTo("vouchers.ledger.error.valueTooBig");
        assertThat(refused(() -> budgets.saveRule(ADMIN, "no-such-forum", 100, Sponsor.MOPAC, null)).messageKey())
                .isEqualTo("vouchers.ledger.error.noForum");
        assertThat(budgets.ruleFor("open").version()).isEqualTo(1);
    }

}
