package london.victimvoice.portal.vouchers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.ui.ConfirmDialog;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;
import london.victimvoice.portal.support.TestPeople;
import london.victimvoice.portal.vouchers.VoucherCodes;

/**
 * The code and issue pages with the real services: a good file loaded and counted in the stock,
 * a bad one refused with its lines in the error summary, a meeting's codes sent after a question
 * that states the count (and how many wait when codes run out), a card handed over in person, and
 * codes only ever shown masked.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class VoucherIssuePagesTest extends SpringBrowserlessTest {

    static final String COORDINATOR = "test-" + Roles.COORDINATOR.toLowerCase();
    private static final AtomicInteger values = new AtomicInteger(30_100 + (int) (System.nanoTime() % 50) * 100);

    @Autowired
    VoucherCodes codes;

    @Autowired
    ForumStewards stewards;

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    JdbcTemplate jdbc;

    TestPeople people;

    @BeforeEach
    void setUp() {
        stewards.assign("open", COORDINATOR);
        jdbc.update("UPDATE forum SET capacity = 1000");
        people = new TestPeople(signUps, approvals);
        SignedInAs.role(Roles.COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        stewards.unassign("open", COORDINATOR);
        jdbc.update("UPDATE forum SET capacity = 12");
    }

    static String pounds(int pence) {
        return String.format("%d.%02d", pence / 100, pence % 100);
    }

    static String code() {
        return "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 15).toUpperCase();
    }

    String text(String id) {
        return find(Paragraph.class).id(id).getText();
    }

    List<String> errors() {
        var summary = find(ErrorSummary.class).id("vouchers-codes-errors");
        return summary.getElement().getChild(1).getChildren().map(e -> e.getTextRecursively()).toList();
    }

    void upload(CodesView view, String csv, String name) {
        view.show(view.check(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), name));
    }

    @Test
    void a_good_file_is_loaded_and_counted_in_the_stock_table() {
        var view = navigate(CodesView.class);
        assertThat(view.getPageTitle()).isEqualTo("Voucher codes – Victim Voice Forums");
        assertThat(find(Upload.class).id("vouchers-codes-upload")).isNotNull();
        assertThat(view.getElement().getTextRecursively()).contains("code,value,expires").contains("2027-03-31");
        var value = values.incrementAndGet();

        upload(view, "code,value,expires\n" + code() + "," + pounds(value) + ",2099-01-31\n" + code() + ","
                + pounds(value) + ",\n", "supplier.csv");

        assertThat(text("vouchers-codes-status")).isEqualTo("2 codes were loaded from supplier.csv.");
        assertThat(find(ErrorSummary.class).withId("vouchers-codes-errors").all()).as("no errors shown").isEmpty();
        var table = find(NativeTable.class).id("vouchers-codes-table");
        var row = table.getElement().getChild(2).getChildren()
                .filter(r -> String.valueOf(value).equals(r.getAttribute("data-value"))).findFirst().orElseThrow();
        assertThat(row.getTextRecursively()).contains("£" + pounds(value)).contains("2").contains("31 January 2099");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE staff_username = ?"
                + " AND action = 'VIEWED_CODES'", Integer.class, COORDINATOR)).isPositive();
    }

    @Test
    void a_bad_file_is_refused_with_its_lines_in_the_error_summary_and_nothing_saved() {
        var view = navigate(CodesView.class);
        var value = pounds(values.incrementAndGet());
        var a = code();

        upload(view, "code,value,expires\n" + a + "," + value + ",\n\n" + a + "," + value + ",\nshort,9999,\n",
                "bad.csv");

        assertThat(text("vouchers-codes-status")).isEqualTo("bad.csv was not loaded. Nothing was saved.");
        assertThat(find(ErrorSummary.class).id("vouchers-codes-errors").isVisible()).isTrue();
        assertThat(errors()).containsExactly(
                "The file was not loaded. Nothing was saved. Put these right and load it again:",
                "Line 3: the line is empty. Remove empty lines.",
                "Line 4: this code is also on line 2.",
                "Line 5: a code must have 6 to 64 letters, numbers or hyphens, and nothing else.",
                "Line 5: the value “9999” is not an amount from £0.01 to £500, like 25 or 25.00.");

        upload(view, "code,amount\n" + code() + ",25\n", "wrong.csv");
        assertThat(errors()).containsExactly("The first line must be exactly: code,value,expires");
    }

    @Test
    void more_than_ten_problems_end_with_how_many_more() {
        var view = navigate(CodesView.class);
        var csv = new StringBuilder("code,value,expires\n");
        for (var i = 0; i < 13; i++) {
            csv.append("x,1,\n");
        }
        upload(view, csv.toString(), "many.csv");
        assertThat(errors()).hasSize(12).last().isEqualTo("… and 3 more.");
    }

    UUID approved(UUID meeting, int value) {
        var id = UUID.randomUUID();
        var at = Timestamp.from(Instant.now().minusSeconds(86_400));
        jdbc.update("INSERT INTO voucher (id, meeting_id, participant_id, forum_code, meeting_day, financial_year,"
                + " sponsor, value_pence, status, requested_by, requested_at, approved_by, approved_at)"
                + " VALUES (?, ?, ?, 'open', ?, 2026, 'MOPAC', ?, 'APPROVED', 'someone', ?, 'amy', ?)",
                id.toString(), meeting.toString(), people.approved(true, "open").id().toString(),
                Date.valueOf(LocalDate.of(2026, 12, 3)), value, at, at);
        return id;
    }

    @Test
    void sending_a_meetings_codes_asks_first_then_says_how_many_went_and_how_many_wait() {
        var value = values.incrementAndGet();
        var meeting = UUID.randomUUID();
        var ids = new ArrayList<UUID>();
        for (var i = 0; i < 3; i++) {
            ids.add(approved(meeting, value));
        }
        var loaded = List.of(code(), code());
        codes.load("code,value,expires\n" + loaded.get(0) + "," + pounds(value) + ",\n" + loaded.get(1) + ","
                + pounds(value) + ",\n", "two.csv", "cora");

        var view = navigate(IssueView.class);
        assertThat(view.getPageTitle()).isEqualTo("Give vouchers – Victim Voice Forums");
        assertThat(view.getElement().getTextRecursively()).contains("Thursday 3 December 2026").contains("Robin")
                .contains("£" + pounds(value));
        test(find(Button.class).id("vouchers-send-codes-" + meeting)).click();
        var dialog = find(ConfirmDialog.class).id("send-codes-dialog");
        assertThat(dialog.isAsking()).isTrue();
        assertThat(dialog.question()).isEqualTo("Send 3 codes?");
        assertThat(dialog.details()).contains("3 people").contains(london.victimvoice.portal.vouchers.VoucherIssues.pounds(value * 3L));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher WHERE meeting_id = ? AND status = 'ISSUED'",
                Integer.class, meeting.toString())).as("nothing before the answer").isZero();

        test(find(Button.class).id("send-codes-confirm")).click();

        var status = text("vouchers-issue-status");
        assertThat(status).startsWith("2 codes were sent: •••• ").contains("1 voucher waits")
                .doesNotContain(loaded.get(0)).doesNotContain(loaded.get(1));
        assertThat(status).contains(loaded.get(0).substring(12)).contains(loaded.get(1).substring(12));
        assertThat(find(Button.class).id("vouchers-send-codes-" + meeting).getText()).isEqualTo("Send codes (1)");

        test(find(Button.class).id("vouchers-send-codes-" + meeting)).click();
        test(find(Button.class).id("send-codes-confirm")).click();
        assertThat(text("vouchers-issue-status")).startsWith("No codes were sent: there are no free codes of the right"
                + " value. 1 voucher waits.");
        assertThat(view.getElement().getTextRecursively()).doesNotContain(loaded.get(0)).doesNotContain(loaded.get(1));
    }

    @Test
    void a_card_handed_over_in_person_leaves_the_list() {
        var value = values.incrementAndGet();
        var meeting = UUID.randomUUID();
        var id = approved(meeting, value);
        navigate(IssueView.class);

        test(find(Button.class).id("vouchers-in-person-" + id)).click();

        assertThat(text("vouchers-issue-status")).startsWith("Recorded as handed over in person.");
        assertThat(find(Button.class).withId("vouchers-in-person-" + id).all()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT delivery FROM voucher WHERE id = ?", String.class, id.toString()))
                .isEqualTo("IN_PERSON");
    }

    @Test
    void a_coordinator_sees_only_their_forums_vouchers() {
        stewards.unassign("open", COORDINATOR);
        var meeting = UUID.randomUUID();
        approved(meeting, values.incrementAndGet());
        navigate(IssueView.class);
        assertThat(find(Button.class).withId("vouchers-send-codes-" + meeting).all()).isEmpty();
    }

    @Test
    void two_meetings_with_as_many_vouchers_have_tables_that_screen_readers_can_tell_apart() {
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();
        approved(first, values.incrementAndGet());
        approved(second, values.incrementAndGet());
        navigate(IssueView.class);

        var names = find(com.vaadin.flow.component.html.Div.class).all().stream()
                .filter(d -> d.getClassNames().contains("table-scroll"))
                .map(d -> d.getElement().getAttribute("aria-labelledby")).toList();
        assertThat(names).contains("vouchers-issue-heading-" + first + " vouchers-issue-caption-" + first,
                "vouchers-issue-heading-" + second + " vouchers-issue-caption-" + second).doesNotHaveDuplicates();
        // Same forum, same day: the headings themselves differ, so the names read differently too.
        var headings = find(com.vaadin.flow.component.html.H2.class).all().stream()
                .filter(h -> h.getId().orElse("").startsWith("vouchers-issue-heading-"))
                .map(com.vaadin.flow.component.html.H2::getText).toList();
        assertThat(headings).doesNotHaveDuplicates();
        assertThat(headings).anySatisfy(h -> assertThat(h).endsWith("(meeting 2)"));
    }
}
