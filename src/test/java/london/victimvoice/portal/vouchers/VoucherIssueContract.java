package london.victimvoice.portal.vouchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.SealedText;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.TestPeople;

/**
 * Loading supplier codes and issuing vouchers on every database we run on: every bad file refused
 * whole with its lines named and nothing stored, codes sealed at rest, one code per voucher and
 * one voucher per code, the owner told in discreet words in the same transaction, a batch that
 * runs out of codes stopping cleanly. The outbox does not send here, so its rows are what was
 * queued. Each test uses values of its own, so stock left by other tests never counts.
 */
@SpringBootTest(properties = "portal.messaging.outbox.dispatch=off")
@ActiveProfiles("test")
@Import(VoucherIssueContract.Config.class)
abstract class VoucherIssueContract {

    /** Monday 1 March 2032, 11am in London: inside everyone's safe times and outside quiet hours. */
    static final Instant NOW = Instant.parse("2032-03-01T11:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2032, 3, 1);
    static final String HEADER = "code,value,expires\n";
    static final String OPEN = "open";
    static final ForumManager CORA = new ForumManager("cora-issue", false);
    static final ForumManager ADMIN = new ForumManager("admin-ada", true);
    /** Values no other test uses: £401.00, £401.01, ... */
    private static final AtomicInteger values = new AtomicInteger(40_100 + (int) (System.nanoTime() % 50) * 100);

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    VoucherCodes codes;

    @Autowired
    VoucherIssues issues;

    @Autowired
    CodeStore store;

    @Autowired
    ForumStewards stewards;

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    MutableClock clock;

    @Autowired
    SealedText sealedText;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    TestPeople people;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        stewards.assign(OPEN, CORA.username());
        jdbc.update("UPDATE forum SET capacity = 1000");
        people = new TestPeople(signUps, approvals);
    }

    /** The application context is shared with tests that count forums' coordinators. */
    @AfterEach
    void leaveForumsAsFound() {
        stewards.unassign(OPEN, CORA.username());
        jdbc.update("UPDATE forum SET capacity = 12");
    }

    static int freshValue() {
        return values.incrementAndGet();
    }

    static String pounds(int pence) {
        return String.format("%d.%02d", pence / 100, pence % 100);
    }

    static String code() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 15).toUpperCase();
    }

    CodeFileRefused refused(String csv) {
        var refusal = catchThrowableOfType(CodeFileRefused.class, () -> codes.load(csv, "refused.csv", "cora"));
        assertThat(refusal).as("refused").isNotNull();
        return refusal;
    }

    static List<String> lines(CodeFileRefused refusal) {
        return refusal.problems().stream().map(p -> p.line() + " " + p.messageKey()).toList();
    }

    int stored(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher_code WHERE code_hash = ?", Integer.class,
                sealedText.fingerprint("voucher-code", code));
    }

    int batches(String fileName) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher_code_batch WHERE file_name = ?", Integer.class,
                fileName);
    }

    // ---- loading codes ----

    @Test
    void a_good_file_of_5000_codes_loads_whole_and_shows_in_the_stock() {
        var value = freshValue();
        var csv = new StringBuilder("Code, Value ,EXPIRES\r\n");
        for (var i = 0; i < 5000; i++) {
            csv.append(code()).append(',').append(pounds(value)).append(',')
                    .append(i == 17 ? "2032-03-01" : i % 2 == 0 ? "2033-01-31" : "").append("\r\n");
        }
        var name = "five-thousand-" + value + ".csv";
        var loaded = codes.load(csv.toString(), name, "cora");

        assertThat(loaded.codes()).isEqualTo(5000);
        assertThat(batches(name)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_code WHERE batch_id = ?", Integer.class,
                loaded.batchId().toString())).isEqualTo(5000);
        assertThat(codes.stock("cora")).filteredOn(s -> s.valuePence() == value).singleElement()
                .satisfies(s -> {
                    assertThat(s.free()).isEqualTo(5000);
                    assertThat(s.earliestExpiry()).as("expiring today still works today").isEqualTo(TODAY);
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE staff_username = 'cora'"
                + " AND action = 'VIEWED_CODES'", Integer.class)).isPositive();
    }

    @Test
    void codes_are_sealed_at_rest_with_only_their_last_four_characters_in_clear() {
        var value = freshValue();
        var code = "SECRET-" + code();
        var loaded = codes.load(HEADER + code + "," + pounds(value) + ",\n", "sealed.csv", "cora");

        var row = jdbc.queryForMap("SELECT code_sealed, code_hash, code_hint FROM voucher_code WHERE batch_id = ?",
                loaded.batchId().toString());
        var sealed = (byte[]) row.get("code_sealed");
        assertThat(indexOf(sealed, code.getBytes(StandardCharsets.UTF_8))).as("the code is not in clear").isEqualTo(-1);
        assertThat(indexOf(sealed, code.substring(0, 8).getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat((String) row.get("code_hash")).hasSize(64).doesNotContain(code);
        assertThat(row.get("code_hint")).isEqualTo(code.substring(code.length() - 4));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (var i = 0; i + needle.length <= haystack.length; i++) {
            for (var j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void duplicates_inside_a_file_are_refused_with_both_lines_and_nothing_is_stored() {
        var value = pounds(freshValue());
        var a = code();
        var b = code();
        var refusal = refused(HEADER + a + "," + value + ",\n" + b + "," + value + ",\n" + a + "," + value + ",\n");

        assertThat(lines(refusal)).containsExactly("4 vouchers.issue.csv.duplicate");
        assertThat(refusal.problems().getFirst().args()).containsExactly(2);
        assertThat(stored(a) + stored(b)).isZero();
    }

    @Test
    void codes_loaded_before_are_refused_in_a_later_file() {
        var value = pounds(freshValue());
        var old = code();
        codes.load(HEADER + old + "," + value + ",\n", "first.csv", "cora");
        var fresh = code();

        var refusal = refused(HEADER + fresh + "," + value + ",\n" + old + "," + value + ",\n");

        assertThat(lines(refusal)).containsExactly("3 vouchers.issue.csv.loaded");
        assertThat(stored(fresh)).as("the whole file or nothing").isZero();
    }

    @Test
    void a_blank_line_in_the_middle_is_refused_but_one_trailing_line_break_is_fine() {
        var value = pounds(freshValue());
        var a = code();
        var refusal = refused(HEADER + a + "," + value + ",\n\n" + code() + "," + value + ",\n");
        assertThat(lines(refusal)).containsExactly("3 vouchers.issue.csv.blank");
        assertThat(stored(a)).isZero();

        assertThat(lines(refused(HEADER + code() + "," + value + ",\n\n"))).as("two line breaks at the end")
                .containsExactly("3 vouchers.issue.csv.blank");
        assertThat(codes.load(HEADER + a + "," + value + "\n", "trailing.csv", "cora").codes()).isOne();
        assertThat(codes.load("code,value,expires\r\n" + code() + "," + value, "none.csv", "cora").codes())
                .as("no line break at all").isOne();
    }

    @Test
    void a_wrong_extra_or_missing_column_is_refused_naming_the_header_expected() {
        var row = code() + "," + pounds(freshValue()) + ",\n";
        for (var header : List.of("code,amount,expires\n", "code,value,expires,note\n", "code,value\n",
                "value,code,expires\n", row)) {
            var refusal = refused(header + row);
            assertThat(refusal.messageKey()).as(header).isEqualTo("vouchers.issue.csv.header");
            assertThat(refusal.arguments()).containsExactly("code,value,expires");
        }
        assertThat(lines(refused(HEADER + code() + "," + pounds(freshValue()) + ",2033-01-01,extra\n")))
                .as("a row with an extra column").containsExactly("2 vouchers.issue.csv.columns");
        assertThat(lines(refused(HEADER + code() + "\n"))).as("a row with a missing column")
                .containsExactly("2 vouchers.issue.csv.columns");
    }

    /** Counts the line breaks the reader took from the stream. */
    static final class CountingStream extends FilterInputStream {
        final AtomicLong lineBreaks = new AtomicLong();

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            var b = super.read();
            if (b == '\n') {
                lineBreaks.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            var n = super.read(buffer, offset, length);
            for (var i = 0; i < n; i++) {
                if (buffer[offset + i] == '\n') {
                    lineBreaks.incrementAndGet();
                }
            }
            return n;
        }
    }

    @Test
    void a_file_of_100000_rows_is_refused_after_reading_one_row_too_many_and_nothing_is_stored() {
        var value = pounds(freshValue());
        var csv = new StringBuilder(HEADER);
        var first = code();
        for (var i = 0; i < 100_000; i++) {
            csv.append(i == 0 ? first : code()).append(',').append(value).append(",\n");
        }
        var stream = new CountingStream(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        var name = "huge-" + value + ".csv";

        var refusal = catchThrowableOfType(CodeFileRefused.class, () -> codes.load(stream, name, "cora"));

        assertThat(refusal.messageKey()).isEqualTo("vouchers.issue.csv.tooMany");
        assertThat(refusal.arguments()).containsExactly(5000);
        assertThat(stream.lineBreaks.get()).as("the header and at most one row more than allowed")
                .isLessThanOrEqualTo(1 + 5000 + 1);
        assertThat(batches(name)).isZero();
        assertThat(stored(first)).isZero();
    }

    @Test
    void exactly_the_limit_is_fine_one_more_is_refused() {
        var value = pounds(freshValue());
        var csv = new StringBuilder(HEADER);
        for (var i = 0; i < 5001; i++) {
            csv.append(code()).append(',').append(value).append('\n');
        }
        assertThat(refused(csv.toString()).messageKey()).isEqualTo("vouchers.issue.csv.tooMany");
    }

    @Test
    void bad_values_are_refused_each_at_its_line() {
        var csv = new StringBuilder(HEADER);
        for (var bad : List.of("0", "0.00", "-5", "500.01", "501", "25.5", "abc", "", "25.000", "1e3")) {
            csv.append(code()).append(',').append(bad).append(",\n");
        }
        var refusal = refused(csv.toString());
        assertThat(lines(refusal)).hasSize(10).allMatch(l -> l.endsWith("vouchers.issue.csv.badValue"));
        assertThat(refusal.problems()).extracting(CodeFileProblem::line)
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(CodeFile.pence("500")).isEqualTo(50_000);
        assertThat(CodeFile.pence("25")).isEqualTo(2500);
        assertThat(CodeFile.pence("25.00")).isEqualTo(2500);
        assertThat(CodeFile.pence("0.01")).isEqualTo(1);
    }

    @Test
    void bad_codes_and_dates_are_refused() {
        var value = pounds(freshValue());
        var refusal = refused(HEADER + "ABC12," + value + ",\n" // too short
                + "A".repeat(65) + "," + value + ",\n" // too long
                + "ABC 123456," + value + ",\n" // a space
                + "ABC_123456," + value + ",\n" // an underscore
                + "," + value + ",\n" // none
                + code() + "," + value + ",31/03/2033\n" + code() + "," + value + ",2033-02-30\n");
        assertThat(lines(refusal)).containsExactly("2 vouchers.issue.csv.badCode", "3 vouchers.issue.csv.badCode",
                "4 vouchers.issue.csv.badCode", "5 vouchers.issue.csv.badCode", "6 vouchers.issue.csv.noCode",
                "7 vouchers.issue.csv.badDate", "8 vouchers.issue.csv.badDate");
    }

    @Test
    void an_expired_code_is_refused_but_one_expiring_today_is_fine() {
        var value = pounds(freshValue());
        var good = code();
        var refusal = refused(HEADER + good + "," + value + ",2032-03-01\n" + code() + "," + value + ",2032-02-29\n");
        assertThat(lines(refusal)).containsExactly("3 vouchers.issue.csv.expired");
        assertThat(stored(good)).isZero();
    }

    @Test
    void an_empty_file_a_header_alone_and_a_file_that_is_not_utf8_text_are_refused() {
        assertThat(refused("").messageKey()).isEqualTo("vouchers.issue.csv.empty");
        assertThat(refused("\n").messageKey()).isEqualTo("vouchers.issue.csv.header");
        assertThat(refused(HEADER).messageKey()).isEqualTo("vouchers.issue.csv.noRows");
        assertThat(refused("code,value,expires").messageKey()).isEqualTo("vouchers.issue.csv.noRows");

        var latin1 = (HEADER + "CAFÉ-123456,25,\n").getBytes(StandardCharsets.ISO_8859_1);
        var notText = catchThrowableOfType(CodeFileRefused.class, () -> codes.load(latin1, "latin.csv", "cora"));
        assertThat(notText.messageKey()).isEqualTo("vouchers.issue.csv.notText");

        var zip = new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0};
        assertThat(catchThrowableOfType(CodeFileRefused.class, () -> codes.load(zip, "codes.xlsx", "cora"))
                .messageKey()).isEqualTo("vouchers.issue.csv.notText");

        var withBom = ("\uFEFF" + HEADER + code() + "," + pounds(freshValue()) + ",\n").getBytes(StandardCharsets.UTF_8);
        assertThat(codes.load(withBom, "bom.csv", "cora").codes()).as("Excel's UTF-8 mark is fine").isOne();
    }

    @Test
    void ten_problems_are_listed_and_the_rest_counted() {
        var csv = new StringBuilder(HEADER);
        for (var i = 0; i < 14; i++) {
            csv.append("bad code,1,\n");
        }
        var refusal = refused(csv.toString());
        assertThat(refusal.problems()).hasSize(10);
        assertThat(refusal.more()).isEqualTo(4);
        assertThat(refusal.arguments()).containsExactly(14);
    }

    // ---- issuing ----

    UUID meeting() {
        return UUID.randomUUID();
    }

    UUID voucher(UUID meetingId, UUID participantId, int valuePence, String status) {
        var id = UUID.randomUUID();
        var at = Timestamp.from(NOW.minusSeconds(86_400));
        jdbc.update("INSERT INTO voucher (id, meeting_id, participant_id, forum_code, meeting_day, financial_year,"
                + " sponsor, value_pence, status, requested_by, requested_at, approved_by, approved_at)"
                + " VALUES (?, ?, ?, ?, ?, 2031, 'MOPAC', ?, ?, 'cora-issue', ?, ?, ?)", id.toString(),
                meetingId.toString(), participantId.toString(), OPEN, Date.valueOf(TODAY.minusDays(1)), valuePence,
                status, at, status.equals("REQUESTED") ? null : "amy", status.equals("REQUESTED") ? null : at);
        return id;
    }

    UUID approved(UUID meetingId, int valuePence) {
        return voucher(meetingId, people.approved(true, OPEN).id(), valuePence, "APPROVED");
    }

    List<String> load(int valuePence, String... expiries) {
        var csv = new StringBuilder(HEADER);
        var loaded = new ArrayList<String>();
        for (var expiry : expiries) {
            var code = code();
            loaded.add(code);
            csv.append(code).append(',').append(pounds(valuePence)).append(',').append(expiry).append('\n');
        }
        codes.load(csv.toString(), "stock.csv", "cora");
        return loaded;
    }

    Map<String, Object> voucherRow(UUID id) {
        return jdbc.queryForMap("SELECT status, delivery, issued_by, issued_at FROM voucher WHERE id = ?", id.toString());
    }

    String hintOf(UUID voucherId) {
        return jdbc.queryForObject("SELECT code_hint FROM voucher_code WHERE voucher_id = ?", String.class,
                voucherId.toString());
    }

    List<Map<String, Object>> outbox(UUID voucherId) {
        return jdbc.queryForList("SELECT template_id, dedupe_key, body, subject, variant, status FROM outbox_message"
                + " WHERE about = ?", "voucher:" + voucherId);
    }

    @Test
    void issuing_a_meeting_gives_each_voucher_its_own_code_the_first_to_expire_first_and_tells_each_owner_discreetly() {
        var value = freshValue();
        var meeting = meeting();
        var ids = List.of(approved(meeting, value), approved(meeting, value), approved(meeting, value));
        var never = load(value, "", "", "");
        var expiring = load(value, "2033-06-30", "2032-03-02", "2032-12-31");
        jdbc.update("UPDATE voucher_code SET expires_on = ? WHERE code_hash = ?", Date.valueOf(TODAY.minusDays(1)),
                sealedText.fingerprint("voucher-code", never.getFirst()));
        clock.set(NOW.plusSeconds(60));

        var result = issues.issueMeeting(CORA, meeting);

        assertThat(result.issued()).isEqualTo(3);
        assertThat(result.waiting()).isZero();
        assertThat(result.maskedCodes()).allMatch(m -> m.matches("•••• [A-Z0-9]{4}"));
        var hints = ids.stream().map(this::hintOf).toList();
        assertThat(hints).as("the codes that expire soonest, each once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expiring.stream().map(c -> c.substring(c.length() - 4)).toList());
        for (var id : ids) {
            var row = voucherRow(id);
            assertThat(row.get("status")).isEqualTo("ISSUED");
            assertThat(row.get("delivery")).isEqualTo("CODE");
            assertThat(row.get("issued_by")).isEqualTo("cora-issue");
            assertThat(((Timestamp) row.get("issued_at")).toInstant()).isEqualTo(NOW.plusSeconds(60));
            var messages = outbox(id);
            assertThat(messages).singleElement().satisfies(m -> {
                assertThat(m.get("template_id")).isEqualTo("voucher-issued");
                assertThat(m.get("dedupe_key")).isEqualTo("voucher-issued:" + id);
                assertThat(m.get("variant")).isEqualTo("DISCREET");
                var body = (String) m.get("body");
                var code = expiring.stream().filter(c -> c.endsWith(hintOf(id))).findFirst().orElseThrow();
                assertThat(body).contains(code).contains("£" + pounds(value)).contains("/vouchers")
                        .doesNotContainIgnoringCase("victim").doesNotContainIgnoringCase("forum")
                        .doesNotContainIgnoringCase("budget");
                assertThat((String) m.get("subject")).doesNotContainIgnoringCase("victim");
            });
        }
        assertThatThrownBy(() -> issues.issueMeeting(CORA, meeting)).as("nothing left to issue")
                .isInstanceOfSatisfying(VoucherRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("vouchers.issue.error.nothingToIssue"));
    }

    @Test
    void three_codes_for_five_vouchers_issue_three_and_say_two_wait() {
        var value = freshValue();
        var meeting = meeting();
        var ids = new ArrayList<UUID>();
        for (var i = 0; i < 5; i++) {
            ids.add(approved(meeting, value));
        }
        load(value, "", "", "");

        var result = issues.issueMeeting(ADMIN, meeting);

        assertThat(result.issued()).isEqualTo(3);
        assertThat(result.waiting()).isEqualTo(2);
        var statuses = ids.stream().map(id -> (String) voucherRow(id).get("status")).toList();
        assertThat(statuses).filteredOn("ISSUED"::equals).hasSize(3);
        assertThat(statuses).filteredOn("APPROVED"::equals).hasSize(2);
        assertThat(ids.stream().mapToInt(id -> outbox(id).size()).sum()).isEqualTo(3);

        var refusal = catchThrowableOfType(VoucherRefused.class, () -> issues.issueMeeting(ADMIN, meeting));
        assertThat(refusal.messageKey()).as("no codes left at all").isEqualTo("vouchers.issue.error.noCodes");
        assertThat(refusal.arguments()).containsExactly(2);

        load(value, "");
        assertThat(issues.issueMeeting(ADMIN, meeting).issued()).as("more codes, carry on").isOne();
    }

    @Test
    void codes_of_another_value_or_expired_are_never_given() {
        var value = freshValue();
        var meeting = meeting();
        var id = approved(meeting, value);
        load(freshValue(), "");
        var expired = load(value, "2032-03-01");
        clock.set(NOW.plusSeconds(86_400));

        var refusal = catchThrowableOfType(VoucherRefused.class, () -> issues.issueMeeting(CORA, meeting));

        assertThat(refusal.messageKey()).isEqualTo("vouchers.issue.error.noCodes");
        assertThat(voucherRow(id).get("status")).isEqualTo("APPROVED");
        assertThat(stored(expired.getFirst())).isOne();
        assertThat(outbox(id)).isEmpty();
    }

    @Test
    void a_voucher_handed_over_in_person_is_issued_once_and_its_owner_asked_to_say_it_arrived() {
        var value = freshValue();
        var id = approved(meeting(), value);

        issues.handedOver(CORA, id);

        var row = voucherRow(id);
        assertThat(row.get("status")).isEqualTo("ISSUED");
        assertThat(row.get("delivery")).isEqualTo("IN_PERSON");
        assertThat(outbox(id)).singleElement().satisfies(m -> {
            assertThat(m.get("template_id")).isEqualTo("voucher-in-person");
            assertThat(m.get("dedupe_key")).isEqualTo("voucher-in-person:" + id);
            assertThat((String) m.get("body")).contains("gift card").doesNotContainIgnoringCase("victim");
        });
        load(value, "");
        for (Runnable again : List.<Runnable>of(() -> issues.handedOver(CORA, id), () -> issues.issueCode(CORA, id))) {
            assertThatThrownBy(again::run).isInstanceOfSatisfying(VoucherRefused.class,
                    r -> assertThat(r.messageKey()).isEqualTo("vouchers.issue.error.alreadyIssued"));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_code WHERE voucher_id = ?", Integer.class,
                id.toString())).isZero();
    }

    @Test
    void a_voucher_not_signed_off_or_withdrawn_is_refused_and_so_is_another_forum() {
        var value = freshValue();
        load(value, "", "");
        var person = people.approved(true, OPEN).id();
        for (var status : List.of("REQUESTED", "WITHDRAWN")) {
            var id = voucher(meeting(), person, value, status);
            for (Runnable issue : List.<Runnable>of(() -> issues.issueCode(CORA, id), () -> issues.handedOver(CORA, id))) {
                assertThatThrownBy(issue::run).as(status).isInstanceOfSatisfying(VoucherRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("vouchers.issue.error.notApproved"));
            }
            assertThat(voucherRow(id).get("status")).isEqualTo(status);
        }
        var requestedMeeting = meeting();
        voucher(requestedMeeting, person, value, "REQUESTED");
        assertThatThrownBy(() -> issues.issueMeeting(CORA, requestedMeeting)).isInstanceOf(VoucherRefused.class);

        var other = new ForumManager("someone-else", false);
        var meeting = meeting();
        var id = approved(meeting, value);
        assertThatThrownBy(() -> issues.issueMeeting(other, meeting)).isInstanceOfSatisfying(VoucherRefused.class,
                r -> assertThat(r.messageKey()).isEqualTo("vouchers.issue.error.notYourForum"));
        assertThatThrownBy(() -> issues.handedOver(other, id)).isInstanceOf(VoucherRefused.class);
        assertThat(issues.approved(other)).isEmpty();
        assertThat(issues.approved(CORA)).anySatisfy(m -> assertThat(m.meetingId()).isEqualTo(meeting));
        assertThatThrownBy(() -> issues.issueCode(CORA, UUID.randomUUID())).isInstanceOfSatisfying(
                VoucherRefused.class, r -> assertThat(r.messageKey()).isEqualTo("vouchers.issue.error.notFound"));
    }

    @Test
    void the_approved_list_groups_by_meeting_with_names_and_values() {
        var value = freshValue();
        var meeting = meeting();
        var a = approved(meeting, value);
        var b = approved(meeting, value);

        var mine = issues.approved(CORA).stream().filter(m -> m.meetingId().equals(meeting)).findFirst().orElseThrow();

        assertThat(mine.forumCode()).isEqualTo(OPEN);
        assertThat(mine.meetingDay()).isEqualTo(TODAY.minusDays(1));
        assertThat(mine.vouchers()).extracting(VoucherToIssue::id).containsExactlyInAnyOrder(a, b);
        assertThat(mine.vouchers()).allSatisfy(v -> {
            assertThat(v.chosenName()).isEqualTo("Robin");
            assertThat(v.valuePence()).isEqualTo(value);
        });
    }

    @Test
    void a_code_is_never_assigned_twice_whatever_the_path() {
        var value = freshValue();
        var meeting = meeting();
        var first = approved(meeting, value);
        load(value, "", "");
        issues.issueCode(CORA, first);
        var given = jdbc.queryForObject("SELECT id FROM voucher_code WHERE voucher_id = ?", String.class,
                first.toString());
        var second = approved(meeting(), value);

        Boolean again = transactions.execute(s -> store.assign(UUID.fromString(given), second, NOW));
        assertThat(again)
                .as("the store will not give a given code again").isFalse();
        assertThatThrownBy(() -> jdbc.update("UPDATE voucher_code SET voucher_id = ? WHERE voucher_id IS NULL"
                + " AND value_pence = ?", first.toString(), value))
                .as("a second code for a voucher").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE voucher_code SET code_hash = (SELECT code_hash FROM"
                + " (SELECT code_hash FROM voucher_code WHERE id = ?) AS g) WHERE voucher_id IS NULL AND value_pence = ?",
                given, value)).as("the same code stored twice").isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_code WHERE voucher_id = ?", Integer.class,
                first.toString())).isOne();
        assertThat(voucherRow(second).get("status")).isEqualTo("APPROVED");
        assertThat(issues.issueCode(CORA, second)).startsWith("•••• ");
    }

    @Test
    void a_meeting_issued_again_adds_no_message_and_no_code() {
        var value = freshValue();
        var meeting = meeting();
        var id = approved(meeting, value);
        load(value, "", "");
        issues.issueMeeting(CORA, meeting);
        jdbc.update("UPDATE voucher SET status = 'APPROVED' WHERE id = ?", id.toString());

        assertThatThrownBy(() -> issues.issueMeeting(CORA, meeting)).as("its code is kept by the unique key")
                .isInstanceOfSatisfying(VoucherRefused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("vouchers.issue.error.codeTaken"));
        assertThat(outbox(id)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_code WHERE voucher_id = ?", Integer.class,
                id.toString())).isOne();
    }
}
