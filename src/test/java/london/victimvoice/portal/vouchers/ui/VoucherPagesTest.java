package london.victimvoice.portal.vouchers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.AttendanceStatus;
import london.victimvoice.portal.meetings.MeetingAttendance;
import london.victimvoice.portal.meetings.TestMeetings;
import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.vouchers.FinancialYear;
import london.victimvoice.portal.vouchers.Sponsor;
import london.victimvoice.portal.vouchers.SignOffFixtures;

/**
 * The vouchers list and a meeting's vouchers page with the real services: sign off one and all,
 * four eyes, a budget running out mid-batch, coordinators reading only, masked codes, the budget
 * warning, and a chosen name with markup shown as its characters.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@Import(VoucherPagesTest.Config.class)
class VoucherPagesTest extends SpringBrowserlessTest {

    private static final String RECORDER = "coord-pages";
    private static final String SCRIPT_NAME = "<script>alert('x')</script> Sam";
    private static final AtomicInteger years = new AtomicInteger(2600);

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
    ForumStewards stewards;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    FinancialYear year;
    UUID meeting;
    UUID sam;
    UUID ann;

    @BeforeEach
    void aMeetingWithTwoAttendees() {
        year = new FinancialYear(years.getAndIncrement());
        var startsAt = LocalDateTime.of(year.startYear(), 6, 10, 18, 0).atZone(FinancialYear.LONDON).toInstant();
        meeting = TestMeetings.create(context, "open", startsAt);
        clock.set(startsAt.plus(Duration.ofHours(3)));
        sam = TestMembers.member(context, SCRIPT_NAME, "open");
        ann = TestMembers.member(context, "Ann", "open");
        record(RECORDER, sam, ann);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        stewards.unassign("open", "coord-reader");
    }

    @Test
    void the_list_links_each_meeting_and_the_pages_an_approver_may_open() {
        signIn("approver-pia", Roles.APPROVER);

        navigate("staff/vouchers", VouchersView.class);

        var link = find(Anchor.class).id("vouchers-meeting-" + meeting);
        assertThat(link.getHref()).isEqualTo("staff/vouchers/meetings/" + meeting);
        assertThat(link.getText()).isEqualTo("Open forum, " + tenthOfJune());
        assertThat(find(Anchor.class).id("vouchers-link-reconciliation").getHref())
                .isEqualTo("staff/vouchers/reconciliation");
        assertThat(find(Anchor.class).withId("vouchers-link-budgets").all()).as("admins only").isEmpty();
        assertThat(find(Anchor.class).withId("vouchers-link-codes").all()).as("coordinators and admins").isEmpty();
        assertThat(rowText("vouchers-meetings", link.getText())).contains("2");
        assertInert();
    }

    @Test
    void an_approver_signs_off_one_then_the_rest_after_a_confirmation() {
        SignOffFixtures.allot(context, year, Sponsor.MOPAC, 10_000);
        signIn("approver-pia", Roles.APPROVER);
        var view = navigate("staff/vouchers/meetings/" + meeting, VoucherMeetingView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Vouchers: Open forum, " + tenthOfJune());
        assertThat(view.getPageTitle()).startsWith("Vouchers: Open forum");
        assertThat(text()).contains(SCRIPT_NAME, "Ann", "Waiting for sign-off", "£25.00", "No code yet");
        assertInert();
        assertThat(audits("approver-pia")).isEqualTo(1);

        test(find(Button.class).id("vouchers-sign-off-" + voucher(ann))).click();
        assertThat(status()).isEqualTo("The voucher for Ann is signed off.");
        assertThat(find(Button.class).withId("vouchers-sign-off-" + voucher(ann)).all()).isEmpty();
        assertThat(voucherStatus(ann)).isEqualTo("APPROVED");

        test(find(Button.class).id("vouchers-sign-off-all")).click();
        assertThat(view.confirmDialog().isAsking()).isTrue();
        assertThat(view.confirmDialog().getId()).hasValue("sign-off-all-dialog");
        assertThat(view.confirmDialog().confirmButton().getId()).hasValue("sign-off-all-confirm");
        assertThat(view.confirmDialog().question()).isEqualTo("Sign off 1 voucher?");
        assertThat(view.confirmDialog().details()).startsWith("This will charge £25.00 to the budget for 1 voucher");
        test(view.confirmDialog().confirmButton()).click();

        assertThat(status()).isEqualTo("1 voucher signed off.");
        assertThat(voucherStatus(sam)).isEqualTo("APPROVED");
        assertThat(find(Button.class).withId("vouchers-sign-off-all").all()).isEmpty();
        assertThat(audits("approver-pia")).as("showing the page again is not another look").isEqualTo(1);
        assertInert();
    }

    @Test
    void the_budget_running_out_mid_batch_says_how_many_were_signed_off_and_how_many_wait() {
        var more = new ArrayList<UUID>();
        for (var name : List.of("Cat", "Dan", "Eve")) {
            more.add(TestMembers.member(context, name, "open"));
        }
        record(RECORDER, more.toArray(UUID[]::new));
        SignOffFixtures.allot(context, year, Sponsor.MOPAC, 3 * 2500);
        signIn("approver-pia", Roles.APPROVER);
        var view = navigate("staff/vouchers/meetings/" + meeting, VoucherMeetingView.class);

        test(find(Button.class).id("vouchers-sign-off-all")).click();
        assertThat(view.confirmDialog().question()).isEqualTo("Sign off 5 vouchers?");
        test(view.confirmDialog().confirmButton()).click();

        assertThat(status()).isEqualTo("3 vouchers signed off. 2 are still waiting: the MOPAC budget for "
                + year.label() + " has run out.");
        assertThat(count("APPROVED")).isEqualTo(3);

        test(find(Button.class).id("vouchers-sign-off-all")).click();
        test(view.confirmDialog().confirmButton()).click();
        assertThat(summary()).containsExactly("There is not enough left in the MOPAC budget for " + year.label()
                + ". No vouchers were signed off and 2 are still waiting. Ask an admin to add budget.");
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(count("APPROVED")).isEqualTo(3);
    }

    @Test
    void the_approver_who_recorded_the_attendance_gets_no_button_and_a_plain_refusal() {
        SignOffFixtures.allot(context, year, Sponsor.MOPAC, 10_000);
        signIn(RECORDER, Roles.APPROVER, Roles.COORDINATOR);
        var view = navigate("staff/vouchers/meetings/" + meeting, VoucherMeetingView.class);

        assertThat(find(Paragraph.class).id("vouchers-four-eyes").getText())
                .startsWith("You cannot sign off a voucher for attendance you recorded");
        assertThat(find(Button.class).withId("vouchers-sign-off-" + voucher(ann)).all()).isEmpty();
        assertThat(text()).contains("You recorded this attendance");

        test(find(Button.class).id("vouchers-sign-off-all")).click();

        assertThat(view.confirmDialog().isAsking()).isFalse();
        assertThat(summary()).containsExactly(
                "You recorded the attendance for all 2 vouchers waiting here, so another approver must sign them off");
        assertThat(count("REQUESTED")).isEqualTo(2);
    }

    @Test
    void a_voucher_signed_off_meanwhile_is_refused_plainly() {
        SignOffFixtures.allot(context, year, Sponsor.MOPAC, 10_000);
        signIn("approver-pia", Roles.APPROVER);
        navigate("staff/vouchers/meetings/" + meeting, VoucherMeetingView.class);
        SignOffFixtures.signOff(context, "approver-quin", voucher(ann));

        test(find(Button.class).id("vouchers-sign-off-" + voucher(ann))).click();

        assertThat(summary()).containsExactly("This voucher has already been signed off");
        assertThat(jdbc.queryForObject("SELECT approved_by FROM voucher WHERE id = ?", String.class,
                voucher(ann).toString())).isEqualTo("approver-quin");
    }

    @Test
    void a_year_with_no_budget_refuses_a_voucher_in_words() {
        signIn("approver-pia", Roles.APPROVER);
        navigate("staff/vouchers/meetings/" + meeting, VoucherMeetingView.class);

        test(find(Button.class).id("vouchers-sign-off-" + voucher(ann))).click();

        assertThat(summary()).containsExactly("There is not enough left in the MOPAC budget for " + year.label()
                + " to sign off this voucher. Ask an admin to add budget.");
        assertThat(voucherStatus(ann)).isEqualTo("REQUESTED");
    }

    @Test
    void coordinators_read_their_forums_meetings_and_see_codes_masked() {
        SignOffFixtures.allot(context, year, Sponsor.MOPAC, 10_000);
        SignOffFixtures.signOff(context, "approver-quin", voucher(ann));
        SignOffFixtures.issueWithCode(context, voucher(ann), "ABCD-EFGH-9876");
        stewards.assign("open", "coord-reader");
        signIn("coord-reader", Roles.COORDINATOR);

        navigate("staff/vouchers", VouchersView.class);
        assertThat(find(Anchor.class).id("vouchers-meeting-" + meeting)).isNotNull();
        assertThat(find(Anchor.class).id("vouchers-link-codes").getHref()).isEqualTo("staff/vouchers/codes");
        assertThat(find(Div.class).withId("vouchers-budget-warning").all()).as("approvers and admins only").isEmpty();

        navigate("staff/vouchers/meetings/" + meeting, VoucherMeetingView.class);
        assertThat(text()).contains("Sent", "\u2022\u2022\u2022\u2022 9876", "Only an approver can sign off vouchers.")
                .doesNotContain("ABCD", "EFGH");
        assertThat(find(Button.class).all()).filteredOn(b -> b.getId().orElse("").startsWith("vouchers-sign-off"))
                .isEmpty();

        var other = TestMeetings.create(context, "lgbtq", clock.instant().minus(Duration.ofHours(3)));
        for (var path : List.of(other.toString(), UUID.randomUUID().toString(), "nonsense")) {
            navigate("staff/vouchers/meetings/" + path, VoucherMeetingView.class);
            assertThat(find(H1.class).single().getText())
                    .isEqualTo("There is no such meeting, or it is not one you look after");
        }
    }

    @Test
    void approvers_see_the_budget_warning_at_80_percent() {
        SignOffFixtures.allot(context, year, Sponsor.MOPAC, 3000);
        SignOffFixtures.signOff(context, "approver-quin", voucher(ann));
        clock.set(LocalDateTime.of(year.startYear(), 8, 1, 12, 0).atZone(FinancialYear.LONDON).toInstant());
        signIn("approver-pia", Roles.APPROVER);

        navigate("staff/vouchers", VouchersView.class);

        assertThat(find(Div.class).id("vouchers-budget-warning").getElement().getTextRecursively())
                .contains("The MOPAC budget for " + year.label() + " is 83% spent. £5.00 is left.");
    }

    // --- helpers

    /** "Tuesday 10 June 2600": the meeting's day, whatever weekday it falls on in the test's year. */
    private String tenthOfJune() {
        return java.time.LocalDate.of(year.startYear(), 6, 10)
                .format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK));
    }

    private void record(String by, UUID... people) {
        var marks = new HashMap<UUID, AttendanceStatus>();
        for (var person : people) {
            marks.put(person, AttendanceStatus.ATTENDED);
        }
        attendance.record(new ForumManager(by, true), meeting, marks);
    }

    private UUID voucher(UUID participant) {
        return UUID.fromString(jdbc.queryForObject("SELECT id FROM voucher WHERE meeting_id = ? AND participant_id = ?",
                String.class, meeting.toString(), participant.toString()));
    }

    private String voucherStatus(UUID participant) {
        return jdbc.queryForObject("SELECT status FROM voucher WHERE meeting_id = ? AND participant_id = ?",
                String.class, meeting.toString(), participant.toString());
    }

    private int count(String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher WHERE meeting_id = ? AND status = ?", Integer.class,
                meeting.toString(), status);
    }

    private int audits(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE staff_username = ?"
                + " AND action = 'VIEWED_MEETING' AND subject = ?", Integer.class, username, "meeting:" + meeting);
    }

    private String status() {
        return find(Paragraph.class).id("vouchers-status").getText();
    }

    private String rowText(String tableId, String containing) {
        return find(Div.class).id(tableId).getElement().getTextRecursively();
    }

    private List<String> summary() {
        var errors = find(ErrorSummary.class).single();
        assertThat(errors.isVisible()).isTrue();
        return errors.getElement().getChild(1).getChildren().map(Element::getTextRecursively).toList();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    /** No script element anywhere, and nothing set as HTML: what people typed stays text. */
    private void assertInert() {
        var found = new ArrayList<Element>();
        collect(getCurrentView().getElement(), found);
        assertThat(found).isEmpty();
    }

    private static void collect(Element element, List<Element> found) {
        if (!element.isTextNode() && ("script".equals(element.getTag()) || element.hasProperty("innerHTML")
                || element.hasAttribute("innerHTML"))) {
            found.add(element);
        }
        element.getChildren().forEach(child -> collect(child, found));
    }

    private static void signIn(String username, String... roles) {
        SecurityContextHolder.clearContext();
        var authorities = java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a",
                authorities));
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    SecurityContextHolder.getContext());
        }
    }
}
