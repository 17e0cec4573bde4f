package london.victimvoice.portal.vouchers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;
import london.victimvoice.portal.vouchers.FinancialYear;
import london.victimvoice.portal.vouchers.Sponsor;
import london.victimvoice.portal.vouchers.TestYears;
import london.victimvoice.portal.vouchers.VoucherReconciliation;
import london.victimvoice.portal.vouchers.VoucherStatus;

/**
 * The reconciliation page with the real service: this year first, a row per meeting with its
 * counts in the agreed column order and a totals row, narrowing by sponsor, forum and meeting
 * through the address, budgets per sponsor, bad addresses falling back to the defaults, and the
 * CSV made, and audited as exported, only when it is downloaded.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class ReconciliationPagesTest extends SpringBrowserlessTest {

    static final String APPROVER = "test-" + Roles.APPROVER.toLowerCase();

    @Autowired
    VoucherReconciliation reconciliation;

    @Autowired
    JdbcTemplate jdbc;

    private final List<UUID> vouchers = new ArrayList<>();
    private FinancialYear current;

    @BeforeEach
    void signIn() {
        SignedInAs.role(Roles.APPROVER);
        current = reconciliation.currentYear();
        jdbc.update("DELETE FROM voucher_access_audit WHERE staff_username = ?", APPROVER);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        vouchers.forEach(id -> jdbc.update("DELETE FROM voucher WHERE id = ?", id.toString()));
        jdbc.update("DELETE FROM voucher_access_audit WHERE staff_username LIKE 'test-%'");
    }

    UUID voucher(UUID meeting, String forum, LocalDate day, Sponsor sponsor, VoucherStatus status) {
        var id = UUID.randomUUID();
        var signedOff = status != VoucherStatus.REQUESTED && status != VoucherStatus.WITHDRAWN;
        var issued = status == VoucherStatus.ISSUED || status == VoucherStatus.CONFIRMED;
        var now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO voucher (id, meeting_id, participant_id, forum_code, meeting_day, financial_year,"
                + " sponsor, value_pence, status, requested_by, requested_at, approved_by, approved_at, delivery,"
                + " issued_by, issued_at, confirmed_at, confirmed_via) VALUES (?, ?, ?, ?, ?, ?, ?, 2500, ?,"
                + " 'coordinator-cal', ?, ?, ?, ?, ?, ?, ?, ?)", id.toString(), meeting.toString(),
                UUID.randomUUID().toString(), forum, day, FinancialYear.of(day).startYear(), sponsor.name(),
                status.name(), now, signedOff ? "approver-zed" : null, signedOff ? now : null,
                issued ? "IN_PERSON" : null, issued ? "coordinator-cal" : null, issued ? now : null,
                status == VoucherStatus.CONFIRMED ? now : null, status == VoucherStatus.CONFIRMED ? "PORTAL" : null);
        vouchers.add(id);
        return id;
    }

    /** A meeting this year with one voucher at each stage and one withdrawn. */
    UUID meetingWithEveryStage(String forum, Sponsor sponsor) {
        var meeting = UUID.randomUUID();
        var day = current.firstDay().plusDays(10);
        for (var status : VoucherStatus.values()) {
            voucher(meeting, forum, day, sponsor, status);
        }
        return meeting;
    }

    /** Opens the page at an address with a query, as following a link does. */
    ReconciliationView open(String location) {
        var query = location.indexOf('?');
        UI.getCurrent().navigate(query < 0 ? location : location.substring(0, query),
                QueryParameters.fromString(query < 0 ? "" : location.substring(query + 1)));
        assertThat(getCurrentView()).isInstanceOf(ReconciliationView.class);
        return (ReconciliationView) getCurrentView();
    }

    NativeTable table() {
        return find(NativeTable.class).withId("reconciliation-table").single();
    }

    static List<Element> all(Element root, String tag) {
        var found = new ArrayList<Element>();
        root.getChildren().forEach(child -> {
            if (child.isTextNode()) {
                return;
            }
            if (tag.equals(child.getTag())) {
                found.add(child);
            }
            found.addAll(all(child, tag));
        });
        return found;
    }

    static List<String> cells(Element row) {
        return row.getChildren().map(Element::getTextRecursively).toList();
    }

    List<Element> meetingRows() {
        return all(table().getElement(), "tr").stream().filter(r -> r.hasAttribute("data-meeting")).toList();
    }

    Element row(UUID meeting) {
        return meetingRows().stream().filter(r -> r.getAttribute("data-meeting").equals(meeting.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + meeting));
    }

    int audits(String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE staff_username = ? AND action = ?",
                Integer.class, APPROVER, action);
    }

    @Test
    void an_approver_sees_this_year_with_a_row_per_meeting_in_the_agreed_columns_and_a_totals_row() {
        var meeting = meetingWithEveryStage("open", Sponsor.MOPAC);

        var view = navigate(ReconciliationView.class);

        assertThat(view.getPageTitle()).isEqualTo("Voucher reconciliation – Victim Voice Forums");
        assertThat(view.year.getValue()).isEqualTo(current);
        assertThat(view.sponsor.getValue()).isNull();
        assertThat(view.forum.getValue()).isNull();
        assertThat(all(table().getElement(), "caption")).singleElement().satisfies(caption -> assertThat(
                caption.getText()).isEqualTo("Vouchers by meeting: " + current.label() + ", All sponsors, All forums"));
        assertThat(cells(all(table().getElement(), "thead").getFirst().getChild(0))).containsExactly("Forum",
                "Meeting day", "Requested", "Approved", "Issued", "Confirmed", "Outstanding", "Value (£)");
        var day = current.firstDay().plusDays(10);
        assertThat(cells(row(meeting))).containsExactly("Open forum", LondonTimes.dayWithYear(day.atStartOfDay(LondonTimes.LONDON).toInstant()), "4", "3", "2",
                "1", "1", "£75.00");
        var totals = all(table().getElement(), "tfoot").getFirst().getChild(0);
        assertThat(totals.getAttribute("id")).isEqualTo("reconciliation-totals");
        assertThat(cells(totals).getFirst()).isEqualTo("Total");
        assertThat(cells(totals)).hasSize(7);
        assertThat(audits("VIEWED_RECONCILIATION")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT subject FROM voucher_access_audit WHERE staff_username = ?",
                String.class, APPROVER)).isEqualTo("reconciliation:" + current.label() + ":all-sponsors:all-forums");
    }

    @Test
    void a_meetings_link_shows_that_meeting_alone_with_totals_equal_to_its_row() {
        var meeting = meetingWithEveryStage("lgbtq", Sponsor.MOPAC);
        var other = meetingWithEveryStage("lgbtq", Sponsor.MOPAC);
        navigate(ReconciliationView.class);
        var link = find(Anchor.class).withId("reconciliation-meeting-" + meeting).single();
        assertThat(link.getHref()).isEqualTo("staff/vouchers/reconciliation?year=" + current.startYear()
                + "&meeting=" + meeting);

        var view = open(link.getHref());

        assertThat(view.filter().meetingId()).isEqualTo(meeting);
        assertThat(meetingRows()).hasSize(1);
        assertThat(cells(row(meeting))).first().isEqualTo("LGBTQ+");
        var totals = cells(all(table().getElement(), "tfoot").getFirst().getChild(0));
        assertThat(totals.subList(1, totals.size())).isEqualTo(cells(row(meeting)).subList(2, 8));
        assertThat(find(Anchor.class).withId("reconciliation-all-meetings").single().getHref())
                .isEqualTo("staff/vouchers/reconciliation?year=" + current.startYear());
        assertThat(meetingRows()).noneMatch(r -> r.getAttribute("data-meeting").equals(other.toString()));
    }

    @Test
    void choosing_a_sponsor_or_a_forum_narrows_the_table_and_keeps_it_in_the_address() {
        var mopac = meetingWithEveryStage("open", Sponsor.MOPAC);
        var city = meetingWithEveryStage("disabilities", Sponsor.CITY_OF_LONDON);
        var view = navigate(ReconciliationView.class);
        assertThat(meetingRows()).extracting(r -> r.getAttribute("data-meeting"))
                .contains(mopac.toString(), city.toString());

        view.sponsor.setValue(Sponsor.CITY_OF_LONDON);

        assertThat(view.filter().sponsor()).isEqualTo(Sponsor.CITY_OF_LONDON);
        assertThat(meetingRows()).extracting(r -> r.getAttribute("data-meeting")).contains(city.toString())
                .doesNotContain(mopac.toString());
        assertThat(find(NativeTable.class).withId("reconciliation-budgets").single().getElement().getTextRecursively())
                .contains("City of London").doesNotContain("MOPAC");

        view.sponsor.clear();
        view.forum.setValue("open");

        assertThat(view.filter().sponsor()).isNull();
        assertThat(view.filter().forumCode()).isEqualTo("open");
        assertThat(meetingRows()).extracting(r -> r.getAttribute("data-meeting")).contains(mopac.toString())
                .doesNotContain(city.toString());
        assertThat(jdbc.queryForList("SELECT subject FROM voucher_access_audit WHERE staff_username = ?", String.class,
                APPROVER)).contains("reconciliation:" + current.label() + ":CITY_OF_LONDON:all-forums",
                "reconciliation:" + current.label() + ":all-sponsors:open");
    }

    @Test
    void another_year_shows_its_own_meetings_and_its_budgets_from_the_ledger() {
        var year = TestYears.next();
        var meeting = UUID.randomUUID();
        voucher(meeting, "open", year.lastDay(), Sponsor.MOPAC, VoucherStatus.APPROVED);
        voucher(UUID.randomUUID(), "open", year.next().firstDay(), Sponsor.MOPAC, VoucherStatus.APPROVED);
        jdbc.update("INSERT INTO voucher_budget (financial_year, sponsor, created_by, created_at)"
                + " VALUES (?, 'MOPAC', 'admin-ada', CURRENT_TIMESTAMP)", year.startYear());
        for (var entry : List.of(new Object[] {"BUDGET", 100_000L}, new Object[] {"OVERRIDE", 2_500L},
                new Object[] {"SPENT", 2_500L})) {
            jdbc.update("INSERT INTO voucher_ledger (id, financial_year, sponsor, account, amount_pence, reason,"
                    + " recorded_by, recorded_at) VALUES (?, ?, 'MOPAC', ?, ?, 'test', 'admin-ada', CURRENT_TIMESTAMP)",
                    UUID.randomUUID().toString(), year.startYear(), entry[0], entry[1]);
        }
        var view = navigate(ReconciliationView.class);
        assertThat(view.year.getListDataView().getItems().toList()).contains(current, year, year.next());

        view.year.setValue(year);

        assertThat(view.filter().year()).isEqualTo(year);
        assertThat(meetingRows()).extracting(r -> r.getAttribute("data-meeting")).containsExactly(meeting.toString());
        var budgets = find(NativeTable.class).withId("reconciliation-budgets").single().getElement();
        var mopac = all(budgets, "tr").stream().filter(r -> "reconciliation-budget-MOPAC".equals(r.getAttribute("id")))
                .findFirst().orElseThrow();
        assertThat(cells(mopac)).containsExactly("MOPAC", "£1,000.00", "£25.00", "£25.00", "£1,000.00");
        var city = all(budgets, "tr").stream()
                .filter(r -> "reconciliation-budget-CITY_OF_LONDON".equals(r.getAttribute("id"))).findFirst().orElseThrow();
        assertThat(cells(city)).containsExactly("City of London", "£0.00", "£0.00", "£0.00", "£0.00");
    }

    @Test
    void a_year_with_nothing_says_so_and_still_has_its_table() {
        var year = TestYears.next();
        open("staff/vouchers/reconciliation?year=" + year.startYear());

        assertThat(find(Paragraph.class).withId("reconciliation-none").single().getText())
                .isEqualTo("There are no vouchers for this choice.");
        assertThat(meetingRows()).isEmpty();
        assertThat(cells(all(table().getElement(), "tfoot").getFirst().getChild(0)))
                .containsExactly("Total", "0", "0", "0", "0", "0", "£0.00");
    }

    @Test
    void an_address_that_makes_no_sense_falls_back_to_this_year_and_everything() {
        var view = open("staff/vouchers/reconciliation?year=abc&sponsor=NOPE&forum=%3Cscript%3E&meeting=xyz");

        assertThat(view.filter().year()).isEqualTo(current);
        assertThat(view.filter().sponsor()).isNull();
        assertThat(view.filter().forumCode()).isNull();
        assertThat(view.filter().meetingId()).isNull();
        view = open("staff/vouchers/reconciliation?year=1999");
        assertThat(view.filter().year()).isEqualTo(current);
    }

    @Test
    void the_csv_is_made_and_audited_only_when_downloaded() throws IOException {
        var meeting = meetingWithEveryStage("open", Sponsor.MOPAC);
        var view = open("staff/vouchers/reconciliation?meeting=" + meeting);
        var link = find(Anchor.class).withId("reconciliation-csv").single();
        assertThat(link.getElement().hasAttribute("download")).isTrue();
        assertThat(link.getText()).isEqualTo("Download these vouchers for finance (CSV)");
        assertThat(audits("EXPORTED_RECONCILIATION")).as("drawing the link exports nothing").isZero();

        var response = view.export();

        assertThat(response.getFileName()).isEqualTo("vouchers-" + current.label().replace('/', '-')
                + "-all-sponsors-all-forums-meeting.csv");
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        var csv = new String(response.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(1 + VoucherStatus.values().length);
        assertThat(csv).startsWith("finance_reference,financial_year,sponsor,forum,meeting_day,value_gbp,status,")
                .contains(",IN_PERSON,").doesNotContain("coordinator-cal", "approver-zed");
        assertThat(audits("EXPORTED_RECONCILIATION")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT subject FROM voucher_access_audit WHERE staff_username = ? AND action ="
                + " 'EXPORTED_RECONCILIATION'", String.class, APPROVER)).isEqualTo("reconciliation:" + current.label()
                + ":all-sponsors:all-forums:meeting:" + meeting);
    }

    @Test
    void an_admin_may_open_it_too() {
        SignedInAs.role(Roles.ADMIN);
        var view = navigate(ReconciliationView.class);
        assertThat(view.filter().year()).isEqualTo(current);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE staff_username = 'test-admin'"
                + " AND action = 'VIEWED_RECONCILIATION'", Integer.class)).isEqualTo(1);
    }
}
