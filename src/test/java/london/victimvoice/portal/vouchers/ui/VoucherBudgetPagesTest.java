package london.victimvoice.portal.vouchers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.SignedInAs;
import london.victimvoice.portal.vouchers.BudgetStaff;
import london.victimvoice.portal.vouchers.FinancialYear;
import london.victimvoice.portal.vouchers.Sponsor;
import london.victimvoice.portal.vouchers.TestYears;
import london.victimvoice.portal.vouchers.VoucherBudgets;

/**
 * The budget and rules pages with the real service: totals and warnings said in words, adding
 * money and overrides and every bad input at its field, the cap's refusal with its numbers,
 * reversing with a reason after "are you sure?", forum values and the cap, and typed words shown
 * only as text. Each test works in a financial year of its own, far in the future.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
class VoucherBudgetPagesTest extends SpringBrowserlessTest {

    static final BudgetStaff ADMIN = new BudgetStaff("seed-admin", true);
    static final String SCRIPT = "<script>alert('said')</script><b>bold</b>";

    @Autowired
    VoucherBudgets budgets;

    @Autowired
    JdbcTemplate jdbc;

    FinancialYear year;
    Long cityCap;

    @BeforeEach
    void setUp() {
        year = TestYears.next();
        cityCap = jdbc.queryForObject("SELECT annual_cap_pence FROM voucher_sponsor WHERE code = 'CITY_OF_LONDON'",
                Long.class);
        // The year's lock rows, as the first entry makes them: a year with them is one admins can choose.
        for (var sponsor : Sponsor.values()) {
            jdbc.update("INSERT INTO voucher_budget (financial_year, sponsor, created_by, created_at) VALUES (?, ?, ?, ?)",
                    year.startYear(), sponsor.name(), "seed-admin", Timestamp.from(Instant.now()));
        }
        SignedInAs.role(Roles.ADMIN);
    }

    @AfterEach
    void leaveAsFound() {
        SecurityContextHolder.clearContext();
        jdbc.update("UPDATE voucher_sponsor SET annual_cap_pence = ? WHERE code = 'CITY_OF_LONDON'", cityCap);
        jdbc.update("DELETE FROM voucher_forum_rule WHERE forum_code IN ('open', 'lgbtq')");
    }

    /** A year with £100 for MOPAC of which £85 is spent (a warning), and £50 for the City all spent. */
    void seedYear() {
        budgets.allot(ADMIN, year, Sponsor.MOPAC, 10_000, "Money for the year");
        budgets.allot(ADMIN, year, Sponsor.CITY_OF_LONDON, 5_000, "City money");
        spend(Sponsor.MOPAC, 8_500);
        spend(Sponsor.CITY_OF_LONDON, 5_000);
    }

    /** A signed-off voucher's charge as the sign-off writes it: a plain row, as the ledger has no public way to charge. */
    void spend(Sponsor sponsor, long pence) {
        insertEntry(sponsor, "SPENT", pence, "voucher signed off", UUID.randomUUID());
    }

    void insertEntry(Sponsor sponsor, String account, long pence, String reason, UUID voucher) {
        jdbc.update("INSERT INTO voucher_ledger (id, financial_year, sponsor, account, amount_pence, voucher_id,"
                + " reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(),
                year.startYear(), sponsor.name(), account, pence, voucher.toString(), reason, "approver-amy",
                Timestamp.from(Instant.now()));
    }

    BudgetsView openBudgets() {
        var view = navigate(BudgetsView.class);
        test(yearChoice()).selectItem(year.label());
        return view;
    }

    @Test
    void an_admin_sees_each_sponsors_totals_with_warnings_in_words_and_the_look_is_audited() {
        seedYear();
        var before = audits();
        var view = openBudgets();

        assertThat(view.getPageTitle()).isEqualTo("Voucher budgets – Victim Voice Forums");
        assertThat(yearChoice().getValue()).isEqualTo(year);
        assertThat(row("budgets-totals", "MOPAC")).containsExactly("MOPAC", "£100.00", "£0.00", "£85.00", "£15.00",
                "85%", "No cap");
        assertThat(row("budgets-totals", "CITY_OF_LONDON")).containsExactly("City of London", "£50.00", "£0.00",
                "£50.00", "£0.00", "100%", "£25,000.00");
        var warning = find(Paragraph.class).id("budgets-warning-MOPAC");
        assertThat(warning.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(warning.getText()).isEqualTo("Warning: MOPAC has spent 85% of its budget for " + year.label()
                + ". £15.00 is left.");
        assertThat(find(Paragraph.class).id("budgets-warning-CITY_OF_LONDON").getText())
                .startsWith("Budget used up: City of London has spent all of its budget for " + year.label());
        assertThat(text()).contains("Money for the year", "seed-admin", "approver-amy", "voucher signed off");
        assertThat(audits()).as("the current year when opened, then the chosen one").isGreaterThanOrEqualTo(before + 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE subject = ? AND"
                + " action = 'VIEWED_BUDGETS' AND staff_username = 'test-admin'", Integer.class,
                "budgets:" + year.startYear())).isEqualTo(1);
    }

    @Test
    void a_year_with_nothing_says_so_and_shows_no_warning() {
        openBudgets();
        assertThat(find(Paragraph.class).id("budgets-ledger-empty").getText())
                .isEqualTo("There are no entries for this year yet.");
        assertThat(find(Paragraph.class).withId("budgets-warning-MOPAC").all()).isEmpty();
    }

    @Test
    void money_is_added_to_a_sponsors_year_with_a_reason_and_an_override_too() {
        openBudgets();
        test(sponsorChoice()).selectItem("MOPAC");
        test(field("budgets-amount")).setValue("2,500.50");
        test(area("budgets-reason")).setValue("The budget for this year");
        click("budgets-add");
        assertThat(find(Paragraph.class).id("budgets-status").getText())
                .isEqualTo("£2,500.50 added to MOPAC for " + year.label() + ".");
        assertThat(field("budgets-amount").getValue()).isEmpty();

        test(accountChoice()).selectItem("An override beyond the budget");
        test(field("budgets-amount")).setValue("£100");
        test(area("budgets-reason")).setValue("Two extra meetings");
        click("budgets-add");
        assertThat(row("budgets-totals", "MOPAC")).startsWith("MOPAC", "£2,500.50", "£100.00", "£0.00", "£2,600.50");
        assertThat(text()).contains("Two extra meetings", "Override", "test-admin");
    }

    @Test
    void an_empty_form_shows_every_error_at_its_field_and_adds_nothing() {
        var view = openBudgets();
        click("budgets-add");
        assertThat(summary()).containsExactly("Choose who pays", "Enter an amount more than £0", "Enter the reason");
        assertThat(field("budgets-amount").isInvalid()).isTrue();
        assertThat(area("budgets-reason").isInvalid()).isTrue();
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(entries()).isZero();
    }

    @Test
    void bad_amounts_are_refused_with_their_own_words() {
        openBudgets();
        test(sponsorChoice()).selectItem("MOPAC");
        test(area("budgets-reason")).setValue("Why");
        for (var typed : List.of("ten pounds", "25.005", "-5", "0", "0.00", "1000000.01", "99999999999")) {
            test(field("budgets-amount")).setValue(typed);
            click("budgets-add");
            var expected = switch (typed) {
                case "-5", "0", "0.00" -> "Enter an amount more than £0";
                case "1000000.01", "99999999999" -> "Enter an amount of £1,000,000.00 or less";
                default -> "Enter an amount in pounds, like 2500 or 2,500.00";
            };
            assertThat(summary()).as(typed).containsExactly(expected);
            assertThat(field("budgets-amount").getErrorMessage()).isEqualTo(expected);
        }
        assertThat(entries()).isZero();
    }

    @Test
    void going_over_the_city_of_londons_cap_is_refused_with_the_numbers() {
        budgets.allot(ADMIN, year, Sponsor.CITY_OF_LONDON, 2_000_000, "Most of the cap");
        openBudgets();
        test(sponsorChoice()).selectItem("City of London");
        test(field("budgets-amount")).setValue("6000");
        test(area("budgets-reason")).setValue("More for the City");
        click("budgets-add");
        assertThat(summary()).containsExactly("This would take City of London’s budgets for " + year.label()
                + " over its cap of £25,000.00. Already allotted: £20,000.00. You tried to add £6,000.00."
                + " You can add up to £5,000.00.");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void web_page_code_in_a_reason_is_refused_and_what_is_stored_is_shown_only_as_text() {
        insertEntry(Sponsor.MOPAC, "BUDGET", 1_000, SCRIPT, UUID.randomUUID());
        openBudgets();
        assertThat(text()).contains(SCRIPT);
        assertThat(tags(getCurrentView().getElement())).doesNotContain("script", "b", "innerHTML");

        test(sponsorChoice()).selectItem("MOPAC");
        test(field("budgets-amount")).setValue("10");
        test(area("budgets-reason")).setValue(SCRIPT);
        click("budgets-add");
        assertThat(summary()).containsExactly(
                "The reason must be plain text, without web page code such as <script>");
        assertThat(area("budgets-reason").getValue()).isEqualTo(SCRIPT);
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void an_entry_is_reversed_with_a_reason_after_are_you_sure_and_only_once() {
        var entry = budgets.allot(ADMIN, year, Sponsor.MOPAC, 40_000, "Given twice by mistake");
        spend(Sponsor.MOPAC, 100);
        var view = openBudgets();
        assertThat(find(Button.class).withId("budgets-reverse-" + entry.id()).all()).hasSize(1);
        assertThat(find(Button.class).all()).as("a voucher's charge has no reverse button")
                .filteredOn(b -> b.getId().orElse("").startsWith("budgets-reverse-") && !b.getId().orElse("")
                        .equals("budgets-reverse-" + entry.id()) && !b.getId().orElse("").equals("budgets-reverse-cancel"))
                .isEmpty();

        click("budgets-reverse-" + entry.id());
        assertThat(find(Paragraph.class).id("budgets-reversing").getText()).contains("£400.00", "MOPAC", "seed-admin");
        click("budgets-reverse");
        assertThat(summary()).containsExactly("Enter the reason");
        assertThat(view.confirmDialog().isAsking()).isFalse();

        test(area("budgets-reverse-reason")).setValue("It was given twice");
        click("budgets-reverse");
        assertThat(view.confirmDialog().isAsking()).isTrue();
        assertThat(view.confirmDialog().details()).isEqualTo("This adds an entry of -£400.00 to MOPAC for "
                + year.label() + ". It cannot be undone, and the reversal cannot be reversed.");
        test(view.confirmDialog().confirmButton()).click();

        assertThat(find(Paragraph.class).id("budgets-status").getText()).isEqualTo("The entry was reversed.");
        assertThat(row("budgets-totals", "MOPAC")).startsWith("MOPAC", "£0.00");
        assertThat(find(Button.class).withId("budgets-reverse-" + entry.id()).all()).isEmpty();
        assertThat(text()).contains("It was given twice", "Budget – reverses an earlier entry",
                "Budget – reversed later");
        assertThat(entries()).isEqualTo(3);
    }

    @Test
    void reversing_what_someone_else_reversed_meanwhile_is_refused_and_nothing_is_added() {
        var entry = budgets.allot(ADMIN, year, Sponsor.MOPAC, 40_000, "Given twice by mistake");
        var view = openBudgets();
        click("budgets-reverse-" + entry.id());
        test(area("budgets-reverse-reason")).setValue("Mine");
        click("budgets-reverse");
        budgets.reverse(ADMIN, entry.id(), "Someone else was quicker");
        test(view.confirmDialog().confirmButton()).click();
        assertThat(summary()).containsExactly(
                "This entry has already been reversed. An entry can be reversed only once.");
        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void the_rules_page_sets_a_forums_value_and_sponsor_and_the_city_cap() {
        var view = navigate(RulesView.class);
        assertThat(view.getPageTitle()).isEqualTo("Voucher values and caps – Victim Voice Forums");
        assertThat(row("rules-table", "open")).endsWith("£25.00 (standard)", "MOPAC");
        test(forumChoice()).selectItem(row("rules-table", "open").get(0));
        test(field("rules-value")).setValue("30");
        test(rulesSponsor()).selectItem("City of London");
        click("rules-save");
        assertThat(find(Paragraph.class).id("rules-status").getText()).endsWith("are worth £30.00, paid by City of London.");
        assertThat(budgets.ruleFor("open").valuePence()).isEqualTo(3_000);
        assertThat(row("rules-table", "open")).endsWith("£30.00", "City of London");

        test(field("rules-cap")).setValue("30,000");
        click("rules-cap-save");
        assertThat(find(Paragraph.class).id("rules-status").getText())
                .isEqualTo("Saved: City of London cap is now £30,000.00 per year.");
        assertThat(jdbc.queryForObject("SELECT annual_cap_pence FROM voucher_sponsor WHERE code = 'CITY_OF_LONDON'",
                Long.class)).isEqualTo(3_000_000L);
    }

    @Test
    void bad_values_and_caps_and_a_rule_saved_meanwhile_are_refused_at_their_fields() {
        navigate(RulesView.class);
        var forumName = row("rules-table", "open").get(0);
        test(forumChoice()).selectItem(forumName);
        for (var typed : List.of("", "abc", "0", "-1", "1000.01")) {
            test(field("rules-value")).setValue(typed);
            click("rules-save");
            var expected = switch (typed) {
                case "abc" -> "Enter the voucher value in pounds, like 25 or 25.00";
                case "1000.01" -> "Enter a voucher value of £1,000.00 or less";
                default -> "Enter a voucher value more than £0";
            };
            assertThat(summary()).as(typed).containsExactly(expected);
        }
        test(field("rules-cap")).setValue("lots");
        click("rules-cap-save");
        assertThat(summary()).containsExactly("Enter the cap in pounds, like 25000 or 25,000.00");
        test(field("rules-cap")).setValue("-1");
        click("rules-cap-save");
        assertThat(summary()).containsExactly("Enter a cap of £0 or more");

        budgets.saveRule(ADMIN, "open", 2_000, Sponsor.MOPAC, null);
        test(field("rules-value")).setValue("40");
        click("rules-save");
        assertThat(summary()).containsExactly(
                "Someone else changed this forum’s rule first. The page now shows their change.");
        assertThat(field("rules-value").getValue()).isEqualTo("20.00");
        assertThat(budgets.ruleFor("open").valuePence()).isEqualTo(2_000);
    }

    int audits() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher_access_audit WHERE action = 'VIEWED_BUDGETS'",
                Integer.class);
    }

    int entries() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM voucher_ledger WHERE financial_year = ?", Integer.class,
                year.startYear());
    }

    List<String> row(String tableId, String key) {
        var table = find(NativeTable.class).id(tableId);
        return table.getElement().getChildren().filter(e -> "tbody".equals(e.getTag())).flatMap(Element::getChildren)
                .filter(tr -> key.equals(tr.getAttribute("data-sponsor")) || key.equals(tr.getAttribute("data-forum")))
                .findFirst().orElseThrow().getChildren().map(Element::getTextRecursively).toList();
    }

    static List<String> tags(Element element) {
        var all = new java.util.ArrayList<String>();
        if (element.isTextNode()) {
            return all;
        }
        all.add(element.getTag());
        if (element.hasProperty("innerHTML")) {
            all.add("innerHTML");
        }
        element.getChildren().forEach(child -> all.addAll(tags(child)));
        return all;
    }

    @SuppressWarnings("unchecked")
    RadioButtonGroup<FinancialYear> yearChoice() {
        return find(RadioButtonGroup.class).id("budgets-year");
    }

    @SuppressWarnings("unchecked")
    RadioButtonGroup<Sponsor> sponsorChoice() {
        return find(RadioButtonGroup.class).id("budgets-sponsor");
    }

    @SuppressWarnings("unchecked")
    RadioButtonGroup<Object> accountChoice() {
        return find(RadioButtonGroup.class).id("budgets-account");
    }

    @SuppressWarnings("unchecked")
    RadioButtonGroup<String> forumChoice() {
        return find(RadioButtonGroup.class).id("rules-forum");
    }

    @SuppressWarnings("unchecked")
    RadioButtonGroup<Sponsor> rulesSponsor() {
        return find(RadioButtonGroup.class).id("rules-sponsor");
    }

    TextField field(String id) {
        return find(TextField.class).id(id);
    }

    TextArea area(String id) {
        return find(TextArea.class).id(id);
    }

    void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    List<String> summary() {
        var summary = find(ErrorSummary.class).single();
        assertThat(summary.isVisible()).isTrue();
        return summary.getElement().getChildren().filter(e -> "ul".equals(e.getTag()))
                .flatMap(Element::getChildren).map(Element::getTextRecursively).toList();
    }

    String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
