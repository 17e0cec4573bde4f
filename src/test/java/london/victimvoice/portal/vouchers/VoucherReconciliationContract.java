package london.victimvoice.portal.vouchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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

import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.TestPeople;

/**
 * Reconciliation on every database we run on: counts per state for each meeting and in total,
 * withdrawn vouchers left out, the filters, the financial-year boundary, budgets equal to the
 * plain sums of the ledger, the finance CSV (pseudonymous, nothing that names or reaches a
 * person, formulas made inert), an audit line for every look and export, and everyone but
 * approvers and admins refused. Vouchers are plain rows, as other parts make them; each test uses
 * a financial year of its own, so what other tests leave behind does not count.
 */
@SpringBootTest(properties = "portal.messaging.outbox.dispatch=off")
@ActiveProfiles("test")
@Import(VoucherReconciliationContract.Config.class)
abstract class VoucherReconciliationContract {

    /** Monday 7 December 2026, midday in London: financial year 2026/27. */
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    static final ReconciliationStaff APPROVER = new ReconciliationStaff("test-recon-approver", Set.of(Roles.APPROVER));
    static final ReconciliationStaff ADMIN = new ReconciliationStaff("test-recon-admin", Set.of(Roles.ADMIN));

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    VoucherReconciliation reconciliation;

    @Autowired
    Ledger ledger;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    private final List<UUID> vouchers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        clock.set(NOW);
    }

    @AfterEach
    void removeWhatWasMade() {
        for (var id : vouchers) {
            jdbc.update("DELETE FROM voucher_code WHERE voucher_id = ?", id.toString());
            jdbc.update("DELETE FROM voucher WHERE id = ?", id.toString());
        }
        jdbc.update("DELETE FROM voucher_access_audit WHERE staff_username LIKE 'test-recon-%'");
    }

    /** A year no other test uses (ledger rows are never deleted, so each test starts afresh). */
    static FinancialYear freshYear() {
        return TestYears.next();
    }

    /** A voucher row at the given stage, with the times a real one would have, in the meeting day's year. */
    UUID voucher(UUID meeting, UUID participant, String forum, LocalDate day, Sponsor sponsor, int pence,
            VoucherStatus status) {
        var id = UUID.randomUUID();
        var requested = day.atTime(21, 0).atZone(FinancialYear.LONDON).toInstant();
        var signedOff = status != VoucherStatus.REQUESTED && status != VoucherStatus.WITHDRAWN;
        var issued = status == VoucherStatus.ISSUED || status == VoucherStatus.CONFIRMED;
        var confirmed = status == VoucherStatus.CONFIRMED;
        jdbc.update("INSERT INTO voucher (id, meeting_id, participant_id, forum_code, meeting_day, financial_year,"
                + " sponsor, value_pence, status, requested_by, requested_at, approved_by, approved_at, delivery,"
                + " issued_by, issued_at, confirmed_at, confirmed_via, withdrawn_by, withdrawn_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id.toString(), meeting.toString(), participant.toString(), forum, day,
                FinancialYear.of(day).startYear(), sponsor.name(), pence, status.name(), "coordinator-cal",
                Timestamp.from(requested), signedOff ? "approver-zed" : null,
                signedOff ? Timestamp.from(requested.plus(Duration.ofDays(1))) : null, issued ? "CODE" : null,
                issued ? "coordinator-cal" : null, issued ? Timestamp.from(requested.plus(Duration.ofDays(2))) : null,
                confirmed ? Timestamp.from(requested.plus(Duration.ofDays(3))) : null, confirmed ? "SMS" : null,
                status == VoucherStatus.WITHDRAWN ? "coordinator-cal" : null,
                status == VoucherStatus.WITHDRAWN ? Timestamp.from(requested.plus(Duration.ofHours(1))) : null);
        vouchers.add(id);
        return id;
    }

    UUID voucher(UUID meeting, String forum, LocalDate day, Sponsor sponsor, VoucherStatus status) {
        return voucher(meeting, UUID.randomUUID(), forum, day, sponsor, 2500, status);
    }

    static LocalDate dayIn(FinancialYear year, int month, int dayOfMonth) {
        var day = LocalDate.of(month >= 4 ? year.startYear() : year.startYear() + 1, month, dayOfMonth);
        assertThat(year.contains(day)).isTrue();
        return day;
    }

    static ReconciliationFilter filter(FinancialYear year, @Nullable Sponsor sponsor, @Nullable String forum,
            @Nullable UUID meeting) {
        return new ReconciliationFilter(year, sponsor, forum, meeting);
    }

    /** The CSV's rows after the header, each by column name, read strictly by RFC 4180. */
    static List<Map<String, String>> rows(String csv) {
        var records = Rfc4180.parse(csv);
        var header = records.getFirst();
        var rows = new ArrayList<Map<String, String>>();
        for (var record : records.subList(1, records.size())) {
            assertThat(record).as("a cell for each column").hasSameSizeAs(header);
            var row = new LinkedHashMap<String, String>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    int audits(String username, String action, String subject) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE staff_username = ? AND action = ?"
                + " AND subject = ?", Integer.class, username, action, subject);
    }

    @Test
    void a_meetings_vouchers_are_counted_by_how_far_they_got_and_withdrawn_ones_not_at_all() {
        var year = freshYear();
        var meeting = UUID.randomUUID();
        var day = dayIn(year, 6, 10);
        voucher(meeting, "open", day, Sponsor.MOPAC, VoucherStatus.REQUESTED);
        voucher(meeting, UUID.randomUUID(), "open", day, Sponsor.MOPAC, 3000, VoucherStatus.APPROVED);
        voucher(meeting, "open", day, Sponsor.MOPAC, VoucherStatus.ISSUED);
        voucher(meeting, "open", day, Sponsor.MOPAC, VoucherStatus.ISSUED);
        voucher(meeting, "open", day, Sponsor.MOPAC, VoucherStatus.CONFIRMED);
        voucher(meeting, "open", day, Sponsor.MOPAC, VoucherStatus.WITHDRAWN);
        voucher(meeting, "open", day, Sponsor.MOPAC, VoucherStatus.WITHDRAWN);

        var report = reconciliation.report(APPROVER, ReconciliationFilter.of(year));

        assertThat(report.lines()).singleElement().satisfies(line -> {
            assertThat(line.meetingId()).isEqualTo(meeting);
            assertThat(line.forumCode()).isEqualTo("open");
            assertThat(line.meetingDay()).isEqualTo(day);
            assertThat(line.sponsor()).isEqualTo(Sponsor.MOPAC);
            assertThat(line.counts()).isEqualTo(new ReconciliationCounts(5, 4, 3, 1, 2, 3000 + 3 * 2500));
        });
        assertThat(report.totals()).isEqualTo(report.lines().getFirst().counts());
        assertThat(report.filter()).isEqualTo(ReconciliationFilter.of(year));
    }

    @Test
    void the_totals_line_adds_up_every_meeting_in_meeting_order() {
        var year = freshYear();
        var later = UUID.randomUUID();
        var earlier = UUID.randomUUID();
        voucher(later, "lgbtq", dayIn(year, 2, 3), Sponsor.CITY_OF_LONDON, VoucherStatus.CONFIRMED);
        voucher(earlier, "open", dayIn(year, 5, 1), Sponsor.MOPAC, VoucherStatus.APPROVED);
        voucher(earlier, "open", dayIn(year, 5, 1), Sponsor.MOPAC, VoucherStatus.REQUESTED);

        var report = reconciliation.report(ADMIN, ReconciliationFilter.of(year));

        assertThat(report.lines()).extracting(ReconciliationLine::meetingId).containsExactly(earlier, later);
        assertThat(report.totals()).isEqualTo(new ReconciliationCounts(3, 2, 1, 1, 0, 5000));
    }

    @Test
    void filters_by_sponsor_forum_and_meeting() {
        var year = freshYear();
        var open1 = UUID.randomUUID();
        var open2 = UUID.randomUUID();
        var city = UUID.randomUUID();
        voucher(open1, "open", dayIn(year, 4, 20), Sponsor.MOPAC, VoucherStatus.APPROVED);
        voucher(open2, "open", dayIn(year, 9, 20), Sponsor.MOPAC, VoucherStatus.ISSUED);
        voucher(city, "disabilities", dayIn(year, 7, 20), Sponsor.CITY_OF_LONDON, VoucherStatus.CONFIRMED);

        assertThat(reconciliation.report(APPROVER, ReconciliationFilter.of(year)).lines())
                .extracting(ReconciliationLine::meetingId).containsExactly(open1, city, open2);
        assertThat(reconciliation.report(APPROVER, filter(year, Sponsor.MOPAC, null, null)).lines())
                .extracting(ReconciliationLine::meetingId).containsExactly(open1, open2);
        assertThat(reconciliation.report(APPROVER, filter(year, Sponsor.CITY_OF_LONDON, null, null)).lines())
                .extracting(ReconciliationLine::meetingId).containsExactly(city);
        assertThat(reconciliation.report(APPROVER, filter(year, null, "disabilities", null)).lines())
                .extracting(ReconciliationLine::meetingId).containsExactly(city);
        assertThat(reconciliation.report(APPROVER, filter(year, null, "open", open2)).lines())
                .extracting(ReconciliationLine::meetingId).containsExactly(open2);
        assertThat(reconciliation.report(APPROVER, filter(year, Sponsor.CITY_OF_LONDON, "open", null)).lines())
                .isEmpty();
        assertThat(reconciliation.report(APPROVER, filter(year, null, null, UUID.randomUUID())).totals())
                .isEqualTo(ReconciliationCounts.NONE);
        assertThat(reconciliation.report(APPROVER, filter(year.next(), null, null, open1)).lines())
                .as("another year").isEmpty();
    }

    @Test
    void a_meeting_on_31_march_belongs_to_the_year_ending_that_day_and_one_on_1_april_to_the_next() {
        var year = freshYear();
        var march = UUID.randomUUID();
        var april = UUID.randomUUID();
        voucher(march, "open", year.lastDay(), Sponsor.MOPAC, VoucherStatus.APPROVED);
        voucher(april, "open", year.next().firstDay(), Sponsor.MOPAC, VoucherStatus.APPROVED);

        var ending = reconciliation.report(APPROVER, ReconciliationFilter.of(year));
        var starting = reconciliation.report(APPROVER, ReconciliationFilter.of(year.next()));

        assertThat(ending.lines()).extracting(ReconciliationLine::meetingId).containsExactly(march);
        assertThat(starting.lines()).extracting(ReconciliationLine::meetingId).containsExactly(april);
        assertThat(ending.years()).contains(year, year.next());
    }

    @Test
    void the_years_to_choose_from_are_those_with_vouchers_or_budgets_and_always_this_one_latest_first() {
        var voucherYear = freshYear();
        var budgetYear = freshYear();
        voucher(UUID.randomUUID(), "open", dayIn(voucherYear, 8, 8), Sponsor.MOPAC, VoucherStatus.REQUESTED);
        transactions.executeWithoutResult(s -> ledger.allot(budgetYear, Sponsor.MOPAC, 10_000, "admin-ada", "test"));

        var years = reconciliation.report(APPROVER, ReconciliationFilter.of(voucherYear)).years();

        assertThat(years).contains(voucherYear, budgetYear, new FinancialYear(2026));
        assertThat(years).isSortedAccordingTo(java.util.Comparator.reverseOrder()).doesNotHaveDuplicates();
        assertThat(reconciliation.currentYear()).isEqualTo(new FinancialYear(2026));
        clock.set(Instant.parse("2027-03-31T22:30:00Z"));
        assertThat(reconciliation.currentYear()).as("31 March 23:30 in London").isEqualTo(new FinancialYear(2026));
        clock.set(Instant.parse("2027-03-31T23:30:00Z"));
        assertThat(reconciliation.currentYear()).as("1 April 00:30 in London").isEqualTo(new FinancialYear(2027));
        assertThat(reconciliation.report(APPROVER, ReconciliationFilter.of(voucherYear)).years())
                .contains(new FinancialYear(2027));
    }

    @Test
    void each_sponsors_budget_is_the_plain_sum_of_its_ledger_entries() {
        var year = freshYear();
        var charged = voucher(UUID.randomUUID(), "open", dayIn(year, 5, 5), Sponsor.MOPAC, VoucherStatus.APPROVED);
        var refunded = voucher(UUID.randomUUID(), "open", dayIn(year, 5, 6), Sponsor.MOPAC, VoucherStatus.WITHDRAWN);
        transactions.executeWithoutResult(s -> {
            ledger.allot(year, Sponsor.MOPAC, 100_000, "admin-ada", "the year's money");
            ledger.allot(year, Sponsor.MOPAC, -5_000, "admin-ada", "taken back");
            ledger.allot(year, Sponsor.CITY_OF_LONDON, 40_000, "admin-ada", "the City's part");
            ledger.allow(year, Sponsor.CITY_OF_LONDON, 2_500, "admin-ada", "one more meeting");
            assertThat(ledger.charge(charged, year, Sponsor.MOPAC, 2500, "approver-zed")).isTrue();
            assertThat(ledger.charge(refunded, year, Sponsor.MOPAC, 2500, "approver-zed")).isTrue();
            ledger.refund(refunded, "coordinator-cal", "attendance corrected");
        });

        var budgets = reconciliation.report(APPROVER, ReconciliationFilter.of(year)).budgets();

        assertThat(budgets).extracting(BudgetTotals::sponsor).containsExactly(Sponsor.MOPAC, Sponsor.CITY_OF_LONDON);
        for (var budget : budgets) {
            assertThat(budget.year()).isEqualTo(year);
            assertThat(budget.budgetPence()).isEqualTo(sum(year, budget.sponsor(), "BUDGET"));
            assertThat(budget.allowancePence()).isEqualTo(sum(year, budget.sponsor(), "OVERRIDE"));
            assertThat(budget.spentPence()).isEqualTo(sum(year, budget.sponsor(), "SPENT"));
        }
        assertThat(budgets.getFirst()).isEqualTo(new BudgetTotals(year, Sponsor.MOPAC, 95_000, 0, 2500));
        assertThat(budgets.getLast()).isEqualTo(new BudgetTotals(year, Sponsor.CITY_OF_LONDON, 40_000, 2_500, 0));
        assertThat(reconciliation.report(APPROVER, filter(year, Sponsor.CITY_OF_LONDON, null, null)).budgets())
                .extracting(BudgetTotals::sponsor).containsExactly(Sponsor.CITY_OF_LONDON);
        assertThat(reconciliation.report(APPROVER, ReconciliationFilter.of(year.next())).budgets())
                .as("a year with no budget").allSatisfy(b -> assertThat(b.budgetPence() + b.spentPence()).isZero());
    }

    long sum(FinancialYear year, Sponsor sponsor, String account) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(amount_pence), 0) FROM voucher_ledger WHERE financial_year = ?"
                + " AND sponsor = ? AND account = ?", Long.class, year.startYear(), sponsor.name(), account);
    }

    @Test
    void the_finance_csv_has_a_row_per_voucher_with_a_stable_reference_and_nothing_that_names_or_reaches_anyone() {
        var year = freshYear();
        var person = new TestPeople(signUps, approvals).signUp(false, "open");
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();
        var confirmed = voucher(first, person.id(), "open", dayIn(year, 6, 30), Sponsor.MOPAC, 2500,
                VoucherStatus.CONFIRMED);
        voucher(second, person.id(), "open", dayIn(year, 11, 2), Sponsor.MOPAC, 3050, VoucherStatus.APPROVED);
        voucher(second, "open", dayIn(year, 11, 2), Sponsor.MOPAC, VoucherStatus.WITHDRAWN);
        jdbc.update("INSERT INTO voucher_code_batch (id, file_name, row_count, loaded_by, loaded_at)"
                + " VALUES ('" + confirmed + "', 'supplier.csv', 1, 'coordinator-cal', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO voucher_code (id, batch_id, code_hash, code_sealed, code_hint, value_pence,"
                + " voucher_id, assigned_at) VALUES (?, ?, ?, ?, 'ZQ9X', 2500, ?, CURRENT_TIMESTAMP)",
                UUID.randomUUID().toString(), confirmed.toString(), "f".repeat(64), new byte[] {1, 2, 3},
                confirmed.toString());
        try {
            var csv = reconciliation.csv(ADMIN, ReconciliationFilter.of(year));
            var rows = rows(csv);

            assertThat(csv).startsWith(String.join(",", FinanceCsv.HEADER) + "\r\n");
            assertThat(rows).hasSize(3);
            var reference = rows.getFirst().get("finance_reference");
            assertThat(reference).matches("P-[0-9A-F]{12}");
            // The two vouchers of the second meeting share its day: find them by status, not by place.
            assertThat(rows).filteredOn(r -> "APPROVED".equals(r.get("status"))).singleElement()
                    .extracting(r -> r.get("finance_reference")).as("the same person").isEqualTo(reference);
            assertThat(rows).filteredOn(r -> "WITHDRAWN".equals(r.get("status"))).singleElement()
                    .extracting(r -> r.get("finance_reference")).as("someone else").isNotEqualTo(reference);
            assertThat(rows(reconciliation.csv(ADMIN, ReconciliationFilter.of(year))).getFirst()
                    .get("finance_reference")).as("another export").isEqualTo(reference);
            assertThat(rows.getFirst()).containsEntry("financial_year", year.label())
                    .containsEntry("sponsor", "MOPAC").containsEntry("forum", "open")
                    .containsEntry("meeting_day", dayIn(year, 6, 30).toString()).containsEntry("value_gbp", "25.00")
                    .containsEntry("status", "CONFIRMED").containsEntry("delivery", "CODE")
                    .containsEntry("requested_on", dayIn(year, 6, 30).toString())
                    .containsEntry("approved_on", dayIn(year, 7, 1).toString())
                    .containsEntry("issued_on", dayIn(year, 7, 2).toString())
                    .containsEntry("confirmed_on", dayIn(year, 7, 3).toString())
                    .containsEntry("confirmed_via", "SMS");
            assertThat(rows).filteredOn(r -> "APPROVED".equals(r.get("status"))).singleElement()
                    .satisfies(r -> assertThat(r).containsEntry("value_gbp", "30.50").containsEntry("delivery", "")
                            .containsEntry("issued_on", "").containsEntry("confirmed_on", ""));
            assertThat(rows.get(0).get("status")).as("the first meeting's day comes first").isEqualTo("CONFIRMED");
            assertThat(csv).doesNotContain(person.id().toString(), person.id().toString().replace("-", ""),
                    person.email(), "Robin", "ZQ9X", "approver-zed", "coordinator-cal");
        } finally {
            jdbc.update("DELETE FROM voucher_code WHERE voucher_id = ?", confirmed.toString());
            jdbc.update("DELETE FROM voucher_code_batch WHERE id = ?", confirmed.toString());
        }
    }

    @Test
    void the_finance_reference_is_made_from_the_keyed_fingerprint_of_the_person() {
        var year = freshYear();
        var participant = UUID.randomUUID();
        voucher(UUID.randomUUID(), participant, "open", dayIn(year, 4, 1), Sponsor.MOPAC, 2500,
                VoucherStatus.REQUESTED);
        var sealedText = (london.victimvoice.portal.participants.SealedText) org.springframework.test.util
                .ReflectionTestUtils.getField(reconciliation, "sealedText");

        var row = rows(reconciliation.csv(APPROVER, ReconciliationFilter.of(year))).getFirst();

        assertThat(row.get("finance_reference")).isEqualTo("P-" + sealedText.fingerprint("finance-ref",
                participant.toString()).substring(0, 12).toUpperCase(java.util.Locale.ROOT));
        assertThat(row.get("approved_on")).isEmpty();
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_made_inert_and_quoting_follows_rfc_4180() {
        var year = freshYear();
        var day = dayIn(year, 10, 10);
        voucher(UUID.randomUUID(), "=HYPERLINK(\"http://x\",\"a\")", day, Sponsor.MOPAC, VoucherStatus.APPROVED);
        voucher(UUID.randomUUID(), "+1", day, Sponsor.MOPAC, VoucherStatus.APPROVED);
        voucher(UUID.randomUUID(), "-1", day, Sponsor.MOPAC, VoucherStatus.APPROVED);
        voucher(UUID.randomUUID(), "@SUM(A1)", day, Sponsor.MOPAC, VoucherStatus.APPROVED);
        voucher(UUID.randomUUID(), "\tTAB", day, Sponsor.MOPAC, VoucherStatus.APPROVED);

        var csv = reconciliation.csv(APPROVER, ReconciliationFilter.of(year));

        assertThat(rows(csv)).extracting(r -> r.get("forum")).containsExactlyInAnyOrder(
                "'=HYPERLINK(\"http://x\",\"a\")", "'+1", "'-1", "'@SUM(A1)", "'\tTAB");
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\",");
        assertThat(FinanceCsv.safe("\rx")).isEqualTo("'\rx");
        assertThat(FinanceCsv.safe("open")).isEqualTo("open");
        assertThat(FinanceCsv.safe("")).isEmpty();
    }

    @Test
    void every_look_and_every_export_writes_an_audit_line() {
        var year = freshYear();
        var meeting = UUID.randomUUID();
        var all = ReconciliationFilter.of(year);
        var mopacOpen = filter(year, Sponsor.MOPAC, "open", meeting);

        reconciliation.report(APPROVER, all);
        reconciliation.report(APPROVER, all);
        reconciliation.report(ADMIN, mopacOpen);
        reconciliation.csv(ADMIN, mopacOpen);

        assertThat(all.subject()).isEqualTo("reconciliation:" + year.label() + ":all-sponsors:all-forums");
        assertThat(mopacOpen.subject()).isEqualTo("reconciliation:" + year.label() + ":MOPAC:open:meeting:" + meeting);
        assertThat(audits(APPROVER.username(), "VIEWED_RECONCILIATION", all.subject())).isEqualTo(2);
        assertThat(audits(ADMIN.username(), "VIEWED_RECONCILIATION", mopacOpen.subject())).isEqualTo(1);
        assertThat(audits(ADMIN.username(), "EXPORTED_RECONCILIATION", mopacOpen.subject())).isEqualTo(1);
        assertThat(audits(APPROVER.username(), "EXPORTED_RECONCILIATION", all.subject())).isZero();
        assertThat(jdbc.queryForObject("SELECT MAX(accessed_at) FROM voucher_access_audit WHERE staff_username = ?",
                Timestamp.class, ADMIN.username()).toInstant()).isEqualTo(NOW);
    }

    @Test
    void coordinators_partners_support_and_participants_are_refused_and_nothing_is_written() {
        var year = freshYear();
        voucher(UUID.randomUUID(), "open", dayIn(year, 5, 5), Sponsor.MOPAC, VoucherStatus.APPROVED);
        for (var role : List.of(Roles.COORDINATOR, Roles.PARTNER, Roles.SUPPORT, Roles.PARTICIPANT)) {
            var someone = new ReconciliationStaff("test-recon-" + role.toLowerCase(), Set.of(role));
            var viewing = catchThrowableOfType(VoucherRefused.class,
                    () -> reconciliation.report(someone, ReconciliationFilter.of(year)));
            var exporting = catchThrowableOfType(VoucherRefused.class,
                    () -> reconciliation.csv(someone, ReconciliationFilter.of(year)));
            assertThat(viewing).as(role).isNotNull();
            assertThat(viewing.messageKey()).isEqualTo("vouchers.reconciliation.error.notAllowed");
            assertThat(exporting).as(role).isNotNull();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE staff_username LIKE"
                + " 'test-recon-%'", Integer.class)).isZero();
    }

    @Test
    void the_export_file_is_named_after_its_filter() {
        var year = new FinancialYear(2026);
        assertThat(VoucherReconciliation.fileName(ReconciliationFilter.of(year)))
                .isEqualTo("vouchers-2026-27-all-sponsors-all-forums.csv");
        assertThat(VoucherReconciliation.fileName(filter(year, Sponsor.MOPAC, "open", UUID.randomUUID())))
                .isEqualTo("vouchers-2026-27-MOPAC-open-meeting.csv");
    }
}
