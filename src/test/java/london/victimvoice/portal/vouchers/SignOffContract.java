package london.victimvoice.portal.vouchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.AttendanceRecorded;
import london.victimvoice.portal.meetings.AttendanceStatus;
import london.victimvoice.portal.meetings.MeetingAttendance;
import london.victimvoice.portal.meetings.TestMeetings;
import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.support.MutableClock;

/**
 * Voucher requests from attendance and their four-eyes sign-off against the budget, on every
 * database we run on; subclasses pick the database. Each test's meeting falls in a financial year
 * of its own, so budgets and spending never mix between tests sharing the database.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(SignOffContract.Config.class)
abstract class SignOffContract {

    static final ZoneLondon LONDON = new ZoneLondon();
    static final SignOffViewer APPROVER_A = new SignOffViewer("approver-ada", true, false, false);
    static final SignOffViewer APPROVER_B = new SignOffViewer("approver-bo", true, false, false);
    static final String RECORDER = "coord-rec";
    /** Each test's financial year: far from the years other tests use. */
    private static final AtomicInteger years = new AtomicInteger(2300);

    /** Europe/London, named for reading. */
    static final class ZoneLondon {
        Instant at(LocalDateTime local) {
            return local.atZone(FinancialYear.LONDON).toInstant();
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2031-03-01T10:00:00Z"));
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    MeetingAttendance attendance;

    @Autowired
    VoucherSignOffs signOffs;

    @Autowired
    RequestListener listener;

    @Autowired
    Ledger ledger;

    @Autowired
    ForumStewards stewards;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    FinancialYear year;
    UUID meeting;
    Instant startsAt;
    final List<String> rulesMade = new ArrayList<>();

    @BeforeEach
    void aMeetingInAYearOfItsOwn() {
        year = new FinancialYear(years.getAndIncrement());
        startsAt = LONDON.at(LocalDateTime.of(year.startYear(), 6, 10, 18, 0));
        meeting = TestMeetings.create(context, "open", startsAt);
        clock.set(startsAt.plus(Duration.ofHours(3)));
    }

    @AfterEach
    void giveBack() {
        rulesMade.forEach(forum -> jdbc.update("DELETE FROM voucher_forum_rule WHERE forum_code = ?", forum));
        rulesMade.clear();
        stewards.unassign("open", "coord-only");
    }

    // --- requests from attendance

    @Test
    void attending_requests_one_voucher_at_the_default_value_from_mopac() {
        var ann = member("Ann");

        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED));

        var voucher = voucher(meeting, ann);
        assertThat(voucher.get("status")).isEqualTo("REQUESTED");
        assertThat(voucher.get("requested_by")).isEqualTo(RECORDER);
        assertThat(((Number) voucher.get("value_pence")).intValue()).isEqualTo(2500);
        assertThat(voucher.get("sponsor")).isEqualTo("MOPAC");
        assertThat(voucher.get("forum_code")).isEqualTo("open");
        assertThat(day(voucher)).isEqualTo(LocalDate.of(year.startYear(), 6, 10));
        assertThat(((Number) voucher.get("financial_year")).intValue()).isEqualTo(year.startYear());
    }

    @Test
    void a_forums_rule_gives_its_value_and_sponsor() {
        rule("lgbtq", 3000, Sponsor.CITY_OF_LONDON);
        var other = TestMeetings.create(context, "lgbtq", startsAt);
        var bea = TestMembers.member(context, "Bea", "lgbtq");

        attendance.record(new ForumManager(RECORDER, true), other, Map.of(bea, AttendanceStatus.ATTENDED));

        var voucher = voucher(other, bea);
        assertThat(((Number) voucher.get("value_pence")).intValue()).isEqualTo(3000);
        assertThat(voucher.get("sponsor")).isEqualTo("CITY_OF_LONDON");
    }

    @Test
    void absent_and_apologies_request_nothing() {
        var ann = member("Ann");
        var ben = member("Ben");

        mark(RECORDER, Map.of(ann, AttendanceStatus.ABSENT, ben, AttendanceStatus.SENT_APOLOGIES));

        assertThat(vouchers(meeting)).isZero();
    }

    @Test
    void a_repeated_event_and_the_sweep_make_no_second_voucher() {
        var ann = member("Ann");
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED));
        var id = voucher(meeting, ann).get("id");

        var event = new AttendanceRecorded(meeting, "open", ann, AttendanceStatus.ATTENDED, null, RECORDER,
                clock.instant());
        listener.on(event);
        listener.on(event);
        transactions.executeWithoutResult(s -> context.publishEvent(event));
        assertThat(listener.sweepNow()).isZero();

        assertThat(vouchers(meeting)).isEqualTo(1);
        assertThat(voucher(meeting, ann).get("id")).isEqualTo(id);
        assertThat(voucher(meeting, ann).get("status")).isEqualTo("REQUESTED");
    }

    @Test
    void two_threads_hearing_the_same_attendance_at_once_make_one_voucher_each() throws Exception {
        var people = List.of(member("Ann"), member("Ben"), member("Cat"), member("Dan"));
        var marks = new java.util.HashMap<UUID, AttendanceStatus>();
        people.forEach(p -> marks.put(p, AttendanceStatus.ATTENDED));
        mark(RECORDER, marks);
        // As if every event had been lost after commit: the marks stand, no voucher.
        jdbc.update("DELETE FROM voucher WHERE meeting_id = ?", meeting.toString());

        var pool = Executors.newFixedThreadPool(2);
        try {
            for (var person : people) {
                var start = new CountDownLatch(1);
                var event = new AttendanceRecorded(meeting, "open", person, AttendanceStatus.ATTENDED, null, RECORDER,
                        clock.instant());
                var runs = new ArrayList<Future<?>>();
                for (int i = 0; i < 2; i++) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        listener.on(event);
                        return null;
                    }));
                }
                start.countDown();
                for (var run : runs) {
                    run.get(30, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(vouchers(meeting)).isEqualTo(people.size());
        for (var person : people) {
            assertThat(voucher(meeting, person).get("status")).isEqualTo("REQUESTED");
        }
    }

    @Test
    void the_sweep_requests_what_a_lost_event_left_undone() {
        var ann = member("Ann");
        var ben = member("Ben");
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED, ben, AttendanceStatus.ABSENT));
        jdbc.update("DELETE FROM voucher WHERE meeting_id = ?", meeting.toString());

        assertThat(listener.sweepNow()).isEqualTo(1);
        assertThat(listener.sweepNow()).as("a second sweep finds nothing left").isZero();

        assertThat(vouchers(meeting)).isEqualTo(1);
        assertThat(voucher(meeting, ann).get("requested_by")).isEqualTo(RECORDER);
    }

    @Test
    void attendance_changed_away_withdraws_and_changed_back_requests_the_same_voucher_again() {
        var ann = member("Ann");
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED));
        var id = voucher(meeting, ann).get("id");

        mark("coord-fix", Map.of(ann, AttendanceStatus.ABSENT));
        assertThat(voucher(meeting, ann).get("status")).isEqualTo("WITHDRAWN");
        assertThat(voucher(meeting, ann).get("withdrawn_by")).isEqualTo("coord-fix");

        mark("coord-again", Map.of(ann, AttendanceStatus.ATTENDED));
        var again = voucher(meeting, ann);
        assertThat(again.get("id")).isEqualTo(id);
        assertThat(again.get("status")).isEqualTo("REQUESTED");
        assertThat(again.get("requested_by")).isEqualTo("coord-again");
        assertThat(again.get("withdrawn_by")).isNull();
        assertThat(vouchers(meeting)).isEqualTo(1);
    }

    @Test
    void an_approved_voucher_withdrawn_is_refunded_and_charged_again_when_signed_off_again() {
        allot(10_000);
        var ann = member("Ann");
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED));
        var id = UUID.fromString((String) voucher(meeting, ann).get("id"));
        signOffs.signOff(APPROVER_A, id);
        assertThat(totals().spentPence()).isEqualTo(2500);

        mark(RECORDER, Map.of(ann, AttendanceStatus.SENT_APOLOGIES));

        assertThat(voucher(meeting, ann).get("status")).isEqualTo("WITHDRAWN");
        assertThat(totals().spentPence()).isZero();
        assertThat(entries()).extracting(LedgerEntry::amountPence).containsExactlyInAnyOrder(10_000L, 2500L, -2500L);

        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED));
        assertThat(voucher(meeting, ann).get("status")).isEqualTo("REQUESTED");
        assertThat(voucher(meeting, ann).get("approved_by")).isNull();
        signOffs.signOff(APPROVER_B, id);
        assertThat(totals().spentPence()).isEqualTo(2500);
    }

    @Test
    void issued_and_confirmed_vouchers_are_never_withdrawn_by_attendance() {
        var ann = member("Ann");
        var ben = member("Ben");
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED, ben, AttendanceStatus.ATTENDED));
        jdbc.update("UPDATE voucher SET status = 'ISSUED' WHERE meeting_id = ? AND participant_id = ?",
                meeting.toString(), ann.toString());
        jdbc.update("UPDATE voucher SET status = 'CONFIRMED' WHERE meeting_id = ? AND participant_id = ?",
                meeting.toString(), ben.toString());

        mark(RECORDER, Map.of(ann, AttendanceStatus.ABSENT, ben, AttendanceStatus.SENT_APOLOGIES));

        assertThat(voucher(meeting, ann).get("status")).isEqualTo("ISSUED");
        assertThat(voucher(meeting, ben).get("status")).isEqualTo("CONFIRMED");
    }

    // --- four eyes, twice, not an approver

    @Test
    void whoever_recorded_the_attendance_is_refused_and_another_approver_signs_off() {
        allot(10_000);
        var ann = member("Ann");
        var approverWhoRecorded = new SignOffViewer(RECORDER, true, true, false);
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED));
        var id = UUID.fromString((String) voucher(meeting, ann).get("id"));

        var refused = catchThrowableOfType(VoucherRefused.class, () -> signOffs.signOff(approverWhoRecorded, id));

        assertThat(refused.messageKey()).isEqualTo("vouchers.approval.error.ownRequest");
        assertThat(voucher(meeting, ann).get("status")).isEqualTo("REQUESTED");
        assertThat(totals().spentPence()).isZero();
        assertThat(catchThrowableOfType(VoucherRefused.class,
                () -> signOffs.signOffMeeting(approverWhoRecorded, meeting)).messageKey())
                .isEqualTo("vouchers.approval.error.ownMeeting");
        assertThat(signOffs.sheet(approverWhoRecorded, meeting).orElseThrow().lines()).singleElement()
                .satisfies(line -> {
                    assertThat(line.recordedByYou()).isTrue();
                    assertThat(line.mayBeSignedOff()).isFalse();
                });

        signOffs.signOff(APPROVER_A, id);

        assertThat(voucher(meeting, ann).get("status")).isEqualTo("APPROVED");
        assertThat(voucher(meeting, ann).get("approved_by")).isEqualTo(APPROVER_A.username());
        assertThat(totals().spentPence()).isEqualTo(2500);
    }

    @Test
    void someone_who_changed_the_mark_before_is_refused_too() {
        allot(10_000);
        var ann = member("Ann");
        mark(APPROVER_B.username(), Map.of(ann, AttendanceStatus.ABSENT));
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED));
        var id = UUID.fromString((String) voucher(meeting, ann).get("id"));
        assertThat(voucher(meeting, ann).get("requested_by")).isEqualTo(RECORDER);

        var refused = catchThrowableOfType(VoucherRefused.class, () -> signOffs.signOff(APPROVER_B, id));

        assertThat(refused.messageKey()).isEqualTo("vouchers.approval.error.ownRequest");
        assertThat(voucher(meeting, ann).get("status")).isEqualTo("REQUESTED");
    }

    @Test
    void signing_off_twice_is_refused_and_charges_once() {
        allot(10_000);
        var ann = member("Ann");
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED));
        var id = UUID.fromString((String) voucher(meeting, ann).get("id"));
        signOffs.signOff(APPROVER_A, id);

        var again = catchThrowableOfType(VoucherRefused.class, () -> signOffs.signOff(APPROVER_A, id));
        var other = catchThrowableOfType(VoucherRefused.class, () -> signOffs.signOff(APPROVER_B, id));
        var batch = catchThrowableOfType(VoucherRefused.class, () -> signOffs.signOffMeeting(APPROVER_B, meeting));

        assertThat(again.messageKey()).isEqualTo("vouchers.approval.error.alreadySignedOff");
        assertThat(other.messageKey()).isEqualTo("vouchers.approval.error.alreadySignedOff");
        assertThat(batch.messageKey()).isEqualTo("vouchers.approval.error.nothingWaiting");
        assertThat(voucher(meeting, ann).get("approved_by")).isEqualTo(APPROVER_A.username());
        assertThat(totals().spentPence()).isEqualTo(2500);
        assertThat(spentEntries()).isEqualTo(1);
    }

    @Test
    void a_withdrawn_or_unknown_voucher_is_refused_plainly() {
        var ann = member("Ann");
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED));
        mark(RECORDER, Map.of(ann, AttendanceStatus.ABSENT));
        var id = UUID.fromString((String) voucher(meeting, ann).get("id"));

        assertThat(catchThrowableOfType(VoucherRefused.class, () -> signOffs.signOff(APPROVER_A, id)).messageKey())
                .isEqualTo("vouchers.approval.error.withdrawn");
        assertThat(catchThrowableOfType(VoucherRefused.class,
                () -> signOffs.signOff(APPROVER_A, UUID.randomUUID())).messageKey())
                .isEqualTo("vouchers.approval.error.notFound");
    }

    @Test
    void a_coordinator_who_is_not_an_approver_cannot_sign_off() {
        allot(10_000);
        var ann = member("Ann");
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED));
        var id = UUID.fromString((String) voucher(meeting, ann).get("id"));
        var coordinator = new SignOffViewer("coord-only", false, true, false);

        assertThat(catchThrowableOfType(VoucherRefused.class, () -> signOffs.signOff(coordinator, id)).messageKey())
                .isEqualTo("vouchers.approval.error.notApprover");
        assertThat(catchThrowableOfType(VoucherRefused.class, () -> signOffs.signOffMeeting(coordinator, meeting))
                .messageKey()).isEqualTo("vouchers.approval.error.notApprover");
        assertThat(voucher(meeting, ann).get("status")).isEqualTo("REQUESTED");
    }

    // --- budget

    @Test
    void a_budget_exhausted_mid_batch_stops_cleanly_and_says_how_many() {
        allot(3 * 2500);
        var people = List.of(member("Ann"), member("Ben"), member("Cat"), member("Dan"), member("Eve"));
        var marks = new java.util.HashMap<UUID, AttendanceStatus>();
        people.forEach(p -> marks.put(p, AttendanceStatus.ATTENDED));
        mark(RECORDER, marks);

        var batch = signOffs.signOffMeeting(APPROVER_A, meeting);

        assertThat(batch.signedOff()).isEqualTo(3);
        assertThat(batch.waiting()).isEqualTo(2);
        assertThat(batch.budgetRanOut()).isTrue();
        assertThat(batch.sponsor()).isEqualTo(Sponsor.MOPAC);
        assertThat(batch.year()).isEqualTo(year);
        assertThat(count("APPROVED")).isEqualTo(3);
        assertThat(count("REQUESTED")).isEqualTo(2);
        assertThat(totals().spentPence()).isEqualTo(3 * 2500);
        assertThat(spentEntries()).isEqualTo(3);

        var refused = catchThrowableOfType(VoucherRefused.class, () -> signOffs.signOffMeeting(APPROVER_B, meeting));
        assertThat(refused.messageKey()).isEqualTo("vouchers.approval.error.noBudgetBatch");
        assertThat(refused.arguments()).containsExactly(Sponsor.MOPAC, year.label(), 2);
        assertThat(count("REQUESTED")).isEqualTo(2);
        assertThat(totals().spentPence()).isEqualTo(3 * 2500);
    }

    @Test
    void an_override_lets_the_rest_be_signed_off_and_never_beyond_it() {
        allot(2500);
        transactions.executeWithoutResult(s -> ledger.allow(year, Sponsor.MOPAC, 2500, "admin-al", "a busy month"));
        var people = List.of(member("Ann"), member("Ben"), member("Cat"));
        var marks = new java.util.HashMap<UUID, AttendanceStatus>();
        people.forEach(p -> marks.put(p, AttendanceStatus.ATTENDED));
        mark(RECORDER, marks);

        var batch = signOffs.signOffMeeting(APPROVER_A, meeting);

        assertThat(batch.signedOff()).isEqualTo(2);
        assertThat(batch.waiting()).isEqualTo(1);
        assertThat(totals().spentPence()).isEqualTo(5000);
    }

    @Test
    void a_year_with_no_budget_refuses_one_voucher_and_changes_nothing() {
        var ann = member("Ann");
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED));
        var id = UUID.fromString((String) voucher(meeting, ann).get("id"));

        var refused = catchThrowableOfType(VoucherRefused.class, () -> signOffs.signOff(APPROVER_A, id));

        assertThat(refused.messageKey()).isEqualTo("vouchers.approval.error.noBudget");
        assertThat(refused.arguments()).containsExactly(Sponsor.MOPAC, year.label());
        assertThat(voucher(meeting, ann).get("status")).isEqualTo("REQUESTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_ledger WHERE voucher_id = ?", Integer.class,
                id.toString())).isZero();
    }

    // --- the financial year of the meeting's London day

    @Test
    void a_meeting_at_2330_on_31_march_is_in_the_year_ending_and_one_at_0030_on_1_april_in_the_next() {
        var late = LONDON.at(LocalDateTime.of(year.startYear() + 1, 3, 31, 23, 30));
        var early = LONDON.at(LocalDateTime.of(year.startYear() + 1, 4, 1, 0, 30));
        var march = TestMeetings.create(context, "open", late);
        var april = TestMeetings.create(context, "open", early);
        var ann = member("Ann");
        clock.set(early.plus(Duration.ofHours(3)));

        attendance.record(new ForumManager(RECORDER, true), march, Map.of(ann, AttendanceStatus.ATTENDED));
        attendance.record(new ForumManager(RECORDER, true), april, Map.of(ann, AttendanceStatus.ATTENDED));

        assertThat(day(voucher(march, ann))).isEqualTo(LocalDate.of(year.startYear() + 1, 3, 31));
        assertThat(((Number) voucher(march, ann).get("financial_year")).intValue()).isEqualTo(year.startYear());
        assertThat(day(voucher(april, ann))).isEqualTo(LocalDate.of(year.startYear() + 1, 4, 1));
        assertThat(((Number) voucher(april, ann).get("financial_year")).intValue()).isEqualTo(year.startYear() + 1);
        // Both moments are on 31 March in UTC: only the London day puts them in different years.
        assertThat(late.toString()).startsWith((year.startYear() + 1) + "-03-31");
        assertThat(early.toString()).startsWith((year.startYear() + 1) + "-03-31");
    }

    // --- what each role sees

    @Test
    void coordinators_see_their_forums_meetings_only_and_opening_one_is_audited() {
        var ann = member("Ann");
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED));
        var other = TestMeetings.create(context, "lgbtq", startsAt);
        var bea = TestMembers.member(context, "Bea", "lgbtq");
        attendance.record(new ForumManager(RECORDER, true), other, Map.of(bea, AttendanceStatus.ATTENDED));
        stewards.assign("open", "coord-only");
        var coordinator = new SignOffViewer("coord-only", false, true, false);

        assertThat(signOffs.meetings(coordinator)).extracting(SignOffMeetingRow::meetingId).contains(meeting)
                .doesNotContain(other);
        assertThat(signOffs.meetings(APPROVER_A)).extracting(SignOffMeetingRow::meetingId).contains(meeting, other);
        assertThat(signOffs.meetings(APPROVER_A)).filteredOn(r -> r.meetingId().equals(meeting)).singleElement()
                .satisfies(r -> assertThat(r.count(VoucherStatus.REQUESTED)).isEqualTo(1));
        assertThat(signOffs.open(coordinator, other)).isEmpty();
        assertThat(signOffs.open(coordinator, UUID.randomUUID())).isEmpty();

        var sheet = signOffs.open(coordinator, meeting).orElseThrow();

        assertThat(sheet.lines()).singleElement().satisfies(line -> {
            assertThat(line.chosenName()).isEqualTo("Ann");
            assertThat(line.mayBeSignedOff()).as("coordinators only read").isFalse();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE staff_username = ?"
                + " AND action = 'VIEWED_MEETING' AND subject = ?", Integer.class, "coord-only", "meeting:" + meeting))
                .isEqualTo(1);
        assertThat(signOffs.warnings(coordinator)).isEmpty();
    }

    @Test
    void staff_see_a_code_only_masked() {
        var ann = member("Ann");
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED));
        var id = (String) voucher(meeting, ann).get("id");
        var batch = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO voucher_code_batch (id, file_name, row_count, loaded_by, loaded_at)"
                + " VALUES (?, 'codes.csv', 1, 'coord', CURRENT_TIMESTAMP)", batch);
        jdbc.update("INSERT INTO voucher_code (id, batch_id, code_hash, code_sealed, code_hint, value_pence,"
                + " voucher_id, assigned_at) VALUES (?, ?, ?, ?, '1234', 2500, ?, CURRENT_TIMESTAMP)",
                UUID.randomUUID().toString(), batch, UUID.randomUUID().toString().replace("-", "").repeat(2),
                new byte[] { 1, 2, 3 }, id);
        jdbc.update("UPDATE voucher SET status = 'ISSUED' WHERE id = ?", id);

        var line = signOffs.sheet(APPROVER_A, meeting).orElseThrow().lines().getFirst();

        assertThat(line.maskedCode()).isEqualTo("\u2022\u2022\u2022\u2022 1234");
        assertThat(line.status()).isEqualTo(VoucherStatus.ISSUED);
    }

    @Test
    void approvers_are_warned_at_80_and_100_percent_of_this_years_budget() {
        clock.set(LONDON.at(LocalDateTime.of(year.startYear(), 8, 1, 12, 0)));
        allot(3000);
        var ann = member("Ann");
        var ben = member("Ben");
        mark(RECORDER, Map.of(ann, AttendanceStatus.ATTENDED, ben, AttendanceStatus.ATTENDED));
        assertThat(mopacWarning()).isEmpty();

        signOffs.signOff(APPROVER_A, UUID.fromString((String) voucher(meeting, ann).get("id")));
        assertThat(mopacWarning()).hasValueSatisfying(w -> {
            assertThat(w.level()).isEqualTo(BudgetTotals.Level.WARNING);
            assertThat(w.totals().percentSpent()).isEqualTo(83);
        });

        transactions.executeWithoutResult(s -> ledger.allow(year, Sponsor.MOPAC, 2500, "admin-al", "one more"));
        signOffs.signOff(APPROVER_A, UUID.fromString((String) voucher(meeting, ben).get("id")));
        assertThat(mopacWarning()).hasValueSatisfying(w -> assertThat(w.level()).isEqualTo(BudgetTotals.Level.FULL));
        assertThat(signOffs.warnings(new SignOffViewer("coord-only", false, true, false))).isEmpty();
    }

    private java.util.Optional<SignOffWarning> mopacWarning() {
        return signOffs.warnings(APPROVER_A).stream().filter(w -> w.totals().sponsor() == Sponsor.MOPAC).findFirst();
    }

    // --- two approvers at once

    @Test
    void two_approvers_signing_off_the_same_meeting_at_once_charge_each_voucher_once_within_budget()
            throws Exception {
        allot(3 * 2500);
        var marks = new java.util.HashMap<UUID, AttendanceStatus>();
        for (var name : List.of("Ann", "Ben", "Cat", "Dan", "Eve")) {
            marks.put(member(name), AttendanceStatus.ATTENDED);
        }
        mark(RECORDER, marks);

        var signed = race(() -> signOffs.signOffMeeting(APPROVER_A, meeting).signedOff(),
                () -> signOffs.signOffMeeting(APPROVER_B, meeting).signedOff());

        assertThat(signed).isEqualTo(3);
        assertThat(count("APPROVED")).isEqualTo(3);
        assertThat(totals().spentPence()).isEqualTo(3 * 2500).isLessThanOrEqualTo(totals().budgetPence());
        assertEachApprovedChargedOnce(3);
    }

    @Test
    void two_approvers_with_budget_for_all_sign_off_each_voucher_once() throws Exception {
        allot(100 * 2500);
        var marks = new java.util.HashMap<UUID, AttendanceStatus>();
        for (var name : List.of("Ann", "Ben", "Cat", "Dan", "Eve", "Fay")) {
            marks.put(member(name), AttendanceStatus.ATTENDED);
        }
        mark(RECORDER, marks);
        var ids = jdbc.queryForList("SELECT id FROM voucher WHERE meeting_id = ?", String.class, meeting.toString());

        var signed = race(() -> signOffs.signOffMeeting(APPROVER_A, meeting).signedOff(), () -> {
            var n = 0;
            for (var id : ids) {
                try {
                    signOffs.signOff(APPROVER_B, UUID.fromString(id));
                    n++;
                } catch (VoucherRefused alreadyDone) {
                    assertThat(alreadyDone.messageKey()).isEqualTo("vouchers.approval.error.alreadySignedOff");
                }
            }
            return n;
        });

        assertThat(signed).isEqualTo(6);
        assertThat(count("APPROVED")).isEqualTo(6);
        assertThat(totals().spentPence()).isEqualTo(6 * 2500);
        assertEachApprovedChargedOnce(6);
    }

    /** Runs both at the same moment; a refusal counts as none signed off. */
    private int race(java.util.concurrent.Callable<Integer> first, java.util.concurrent.Callable<Integer> second)
            throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<Future<Integer>>();
            for (var work : List.of(first, second)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    try {
                        return work.call();
                    } catch (VoucherRefused refused) {
                        return 0;
                    }
                }));
            }
            start.countDown();
            var total = 0;
            for (var run : runs) {
                total += run.get(60, TimeUnit.SECONDS);
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertEachApprovedChargedOnce(int approved) {
        var charges = jdbc.queryForList("SELECT l.voucher_id FROM voucher_ledger l JOIN voucher v ON v.id = l.voucher_id"
                + " WHERE v.meeting_id = ? AND l.account = 'SPENT'", String.class, meeting.toString());
        assertThat(charges).hasSize(approved).doesNotHaveDuplicates();
        var approvedIds = jdbc.queryForList("SELECT id FROM voucher WHERE meeting_id = ? AND status = 'APPROVED'",
                String.class, meeting.toString());
        assertThat(charges).containsExactlyInAnyOrderElementsOf(approvedIds);
        assertThat(jdbc.queryForObject("SELECT SUM(amount_pence) FROM voucher_ledger WHERE financial_year = ?"
                + " AND sponsor = 'MOPAC' AND account = 'SPENT'", Long.class, year.startYear()))
                .isEqualTo(approved * 2500L);
    }

    // --- helpers

    private UUID member(String name) {
        return TestMembers.member(context, name, "open");
    }

    private void mark(String by, Map<UUID, AttendanceStatus> marks) {
        attendance.record(new ForumManager(by, true), meeting, marks);
    }

    private void allot(long pence) {
        transactions.executeWithoutResult(s -> ledger.allot(year, Sponsor.MOPAC, pence, "admin-al", "test budget"));
    }

    private void rule(String forum, int pence, Sponsor sponsor) {
        jdbc.update("INSERT INTO voucher_forum_rule (forum_code, value_pence, sponsor, updated_by, updated_at)"
                + " VALUES (?, ?, ?, 'admin-al', CURRENT_TIMESTAMP)", forum, pence, sponsor.name());
        rulesMade.add(forum);
    }

    private BudgetTotals totals() {
        return transactions.execute(s -> ledger.totals(year, Sponsor.MOPAC));
    }

    private List<LedgerEntry> entries() {
        return transactions.execute(s -> ledger.entries(year, Sponsor.MOPAC));
    }

    private int spentEntries() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher_ledger WHERE financial_year = ? AND account = 'SPENT'",
                Integer.class, year.startYear());
    }

    private Map<String, Object> voucher(UUID meetingId, UUID participant) {
        var rows = jdbc.queryForList("SELECT * FROM voucher WHERE meeting_id = ? AND participant_id = ?",
                meetingId.toString(), participant.toString());
        assertThat(rows).as("one voucher for the attendance").hasSize(1);
        var row = new java.util.HashMap<String, Object>();
        rows.getFirst().forEach((k, v) -> row.put(k.toLowerCase(), v));
        return row;
    }

    private static LocalDate day(Map<String, Object> voucher) {
        var day = voucher.get("meeting_day");
        return day instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) day;
    }

    private int vouchers(UUID meetingId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher WHERE meeting_id = ?", Integer.class,
                meetingId.toString());
    }

    private int count(String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher WHERE meeting_id = ? AND status = ?", Integer.class,
                meeting.toString(), status);
    }
}
