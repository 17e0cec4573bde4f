package london.victimvoice.portal.vouchers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.meetings.TestMembers;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;
import london.victimvoice.portal.vouchers.ReceiptTestVouchers;
import london.victimvoice.portal.vouchers.VoucherReceipts;
import london.victimvoice.portal.vouchers.VoucherStatus;

/**
 * The participant's "Thank-you vouchers" page with the real service: their code shown to them
 * alone, "I received my voucher" and its repeat, nothing on the page about how vouchers are
 * decided, the benefits advice; and the coordinators' page of flagged vouchers, codes masked.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class VoucherReceiptPagesTest extends SpringBrowserlessTest {

    static final String FORUM = "black-communities";
    static final String COORDINATOR = "test-" + Roles.COORDINATOR.toLowerCase();
    static final LocalDate MEETING_DAY = LocalDate.of(2026, 11, 24);
    static final String MARKUP = "<script>alert('x')</script><b>bold</b>";

    @Autowired
    ApplicationContext context;

    @Autowired
    VoucherReceipts receipts;

    @Autowired
    ForumStewards stewards;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        stewards.unassign(FORUM, COORDINATOR);
    }

    UUID member(String name) {
        return TestMembers.member(context, name, FORUM);
    }

    Instant daysAgo(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }

    String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void the_owner_sees_their_code_says_it_arrived_and_a_repeat_changes_nothing() {
        var owner = member("Noor");
        var code = ReceiptTestVouchers.newCode();
        var voucher = ReceiptTestVouchers.issued(context, owner, FORUM, MEETING_DAY, daysAgo(2), code);
        SignedInAs.participant(owner);

        var view = navigate(MyVouchersView.class);

        assertThat(view.getPageTitle()).isEqualTo("Thank-you vouchers – Victim Voice Forums");
        assertThat(find(Span.class).id("voucher-code-" + voucher).getText()).isEqualTo(code);
        assertThat(text()).contains("Ready for you", "£25.00 voucher for the meeting on Tuesday 24 November 2026");
        var button = find(Button.class).id("voucher-received-" + voucher);
        assertThat(button.getText()).isEqualTo("I received my voucher");
        assertThat(find(Paragraph.class).withId("vouchers-received-status").all()).as("hidden until there is news").isEmpty();

        test(button).click();

        var status = find(Paragraph.class).id("vouchers-received-status");
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(status.getText()).isEqualTo("Thank you. We have noted that your £25.00 voucher arrived.");
        assertThat(jdbc.queryForObject("SELECT status FROM voucher WHERE id = ?", String.class, voucher.toString()))
                .isEqualTo(VoucherStatus.CONFIRMED.name());
        assertThat(find(Button.class).withId("voucher-received-" + voucher).all()).as("no button once confirmed").isEmpty();
        assertThat(find(Span.class).id("voucher-code-" + voucher).getText()).as("still theirs to use").isEqualTo(code);
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("vouchers-confirmed").getElement()
                .getTextRecursively()).contains("You told us it arrived on");
    }

    @Test
    void pressing_the_button_on_a_page_left_open_after_confirming_elsewhere_says_so_and_changes_nothing() {
        var owner = member("Noor");
        var voucher = ReceiptTestVouchers.issued(context, owner, FORUM, MEETING_DAY, daysAgo(2), null);
        SignedInAs.participant(owner);
        navigate(MyVouchersView.class);
        assertThat(text()).contains("We gave you this voucher as a card at the meeting.");
        receipts.confirm(owner, voucher);
        var confirmedAt = jdbc.queryForObject("SELECT confirmed_at FROM voucher WHERE id = ?", Object.class,
                voucher.toString());

        test(find(Button.class).id("voucher-received-" + voucher)).click();

        assertThat(find(Paragraph.class).id("vouchers-received-status").getText())
                .isEqualTo("You have already told us this voucher arrived. Nothing has changed.");
        assertThat(jdbc.queryForObject("SELECT confirmed_at FROM voucher WHERE id = ?", Object.class,
                voucher.toString())).isEqualTo(confirmedAt);
    }

    @Test
    void another_participant_never_sees_the_code() {
        var owner = member("Noor");
        var someoneElse = member("Alex");
        var code = ReceiptTestVouchers.newCode();
        var voucher = ReceiptTestVouchers.issued(context, owner, FORUM, MEETING_DAY, daysAgo(2), code);
        SignedInAs.participant(someoneElse);

        navigate(MyVouchersView.class);

        assertThat(find(Span.class).withId("voucher-code-" + voucher).all()).isEmpty();
        assertThat(find(Button.class).withId("voucher-received-" + voucher).all()).isEmpty();
        assertThat(text()).doesNotContain(code, code.substring(code.length() - 4))
                .contains("You have nothing to collect just now.", "Nothing is on its way just now.");
    }

    @Test
    void what_is_not_given_yet_is_only_on_its_way_and_nothing_is_said_about_how_it_is_decided() {
        var owner = member("Noor");
        ReceiptTestVouchers.notGiven(context, owner, FORUM, VoucherStatus.REQUESTED, MEETING_DAY);
        ReceiptTestVouchers.notGiven(context, owner, FORUM, VoucherStatus.APPROVED, MEETING_DAY.minusDays(14));
        ReceiptTestVouchers.notGiven(context, owner, FORUM, VoucherStatus.WITHDRAWN, MEETING_DAY.minusDays(28));
        SignedInAs.participant(owner);

        navigate(MyVouchersView.class);

        var onItsWay = find(com.vaadin.flow.component.html.Div.class).id("vouchers-on-its-way").getElement()
                .getTextRecursively();
        assertThat(onItsWay).contains("£25.00 for the meeting on Tuesday 24 November 2026",
                "£25.00 for the meeting on Tuesday 10 November 2026").doesNotContain("27 October");
        assertThat(find(Button.class).all()).isEmpty();
        var words = text().toLowerCase();
        assertThat(words).doesNotContain("budget", "approv", "sign", "withdraw", "sponsor", "mopac");
        assertThat(text()).contains("On its way", "Universal Credit", "may count as income", "Citizens Advice",
                "Turn2us");
        assertThat(find(Anchor.class).id("advice-citizens-advice").getHref())
                .isEqualTo("https://www.citizensadvice.org.uk/benefits/");
        assertThat(find(Anchor.class).id("advice-turn2us").getHref()).isEqualTo("https://www.turn2us.org.uk/");
    }

    @Test
    void a_code_with_markup_in_it_is_shown_as_text() {
        var owner = member("Noor");
        var code = MARKUP + UUID.randomUUID();
        var voucher = ReceiptTestVouchers.issued(context, owner, FORUM, MEETING_DAY, daysAgo(1), code);
        SignedInAs.participant(owner);

        navigate(MyVouchersView.class);

        var shown = find(Span.class).id("voucher-code-" + voucher).getElement();
        assertThat(shown.getText()).isEqualTo(code);
        assertThat(shown.getChildren().allMatch(Element::isTextNode)).isTrue();
        assertThat(descendants(getCurrentView().getElement()).noneMatch(e -> "script".equals(e.getTag())
                || "b".equals(e.getTag()))).isTrue();
    }

    @Test
    void someone_not_signed_in_goes_to_the_sign_in_page() {
        SignedInAs.role(SignedInAs.ANONYMOUS);
        UI.getCurrent().navigate("vouchers");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("SignInView");
    }

    @Test
    void the_participants_own_page_links_to_their_vouchers() {
        SignedInAs.participant(member("Noor"));
        UI.getCurrent().navigate("account");
        var link = find(Anchor.class).id("your-vouchers");
        assertThat(link.getHref()).isEqualTo("vouchers");
        assertThat(link.getText()).isEqualTo("Your thank-you vouchers");
    }

    @Test
    void coordinators_see_their_forums_flagged_vouchers_with_the_code_masked_and_names_as_text() {
        var owner = member(MARKUP);
        var code = "GIFT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "4821";
        var voucher = ReceiptTestVouchers.flagged(context, owner, FORUM, MEETING_DAY, daysAgo(16), code, daysAgo(2));
        var other = TestMembers.member(context, "Kim", "lgbtq");
        var notTheirs = ReceiptTestVouchers.flagged(context, other, "lgbtq", MEETING_DAY, daysAgo(15), null, daysAgo(1));
        stewards.assign(FORUM, COORDINATOR);
        stewards.unassign("lgbtq", COORDINATOR);
        SignedInAs.role(Roles.COORDINATOR);
        var audits = jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE staff_username = ?"
                + " AND action = 'VIEWED_FLAGGED'", Integer.class, COORDINATOR);

        var view = navigate(FlaggedVouchersView.class);

        assertThat(view.getPageTitle()).isEqualTo("Vouchers not confirmed – Victim Voice Forums");
        var row = descendants(getCurrentView().getElement()).filter(e -> ("flagged-" + voucher).equals(e.getAttribute("id")))
                .findFirst().orElseThrow();
        assertThat(row.getTextRecursively()).contains(MARKUP, "Black communities", "Tue 24 Nov 2026", "16 days",
                "Code sent", "•••• 4821");
        assertThat(descendants(row).noneMatch(e -> "script".equals(e.getTag()) || "b".equals(e.getTag()))).isTrue();
        assertThat(text()).doesNotContain(code).doesNotContain("flagged-" + notTheirs);
        assertThat(descendants(getCurrentView().getElement())
                .noneMatch(e -> ("flagged-" + notTheirs).equals(e.getAttribute("id")))).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE staff_username = ?"
                + " AND action = 'VIEWED_FLAGGED'", Integer.class, COORDINATOR)).isEqualTo(audits + 1);
    }

    @Test
    void a_coordinator_with_nothing_flagged_in_their_forums_is_told_so() {
        stewards.unassign("lgbtq", COORDINATOR);
        SignedInAs.role(Roles.COORDINATOR);
        navigate(FlaggedVouchersView.class);
        assertThat(find(Paragraph.class).id("vouchers-flagged-none").getText())
                .isEqualTo("There are no vouchers to follow up.");
    }

    private static java.util.stream.Stream<Element> descendants(Element element) {
        // Text nodes are not elements: what is typed can only ever be one of those.
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(element),
                element.getChildren().filter(e -> !e.isTextNode()).flatMap(VoucherReceiptPagesTest::descendants));
    }
}
