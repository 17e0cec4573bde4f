package london.victimvoice.portal.vouchers.ui;

import java.util.Arrays;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.ConfirmDialog;
import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.vouchers.BudgetOverview;
import london.victimvoice.portal.vouchers.BudgetStaff;
import london.victimvoice.portal.vouchers.BudgetTotals;
import london.victimvoice.portal.vouchers.FinancialYear;
import london.victimvoice.portal.vouchers.LedgerAccount;
import london.victimvoice.portal.vouchers.LedgerEntry;
import london.victimvoice.portal.vouchers.Sponsor;
import london.victimvoice.portal.vouchers.VoucherBudgets;
import london.victimvoice.portal.vouchers.VoucherMoney;
import london.victimvoice.portal.vouchers.VoucherRefused;

/**
 * Admins see each sponsor's budget for a financial year with warnings at 80% and 100%, add money
 * or an override with a reason, reverse an entry with a reason, and read the whole ledger.
 */
@Route(value = BudgetsView.PATH, layout = StaffLayout.class)
@RolesAllowed(Roles.ADMIN)
class BudgetsView extends Div implements HasDynamicTitle {

    static final String PATH = "staff/vouchers/budgets";

    private final VoucherBudgets budgets;
    private final BudgetStaff me;
    private final ErrorSummary errors = new ErrorSummary();
    private final RadioButtonGroup<FinancialYear> year = new RadioButtonGroup<>();
    private final Paragraph status = new Paragraph();
    private final Div warnings = new Div();
    private final Div totals = new Div();
    private final RadioButtonGroup<Sponsor> sponsor = new RadioButtonGroup<>();
    private final RadioButtonGroup<LedgerAccount> account = new RadioButtonGroup<>();
    private final TextField amount = new TextField();
    private final TextArea reason = new TextArea();
    private final Button add = new Button();
    private final Div reverseForm = new Div();
    private final Paragraph reversing = new Paragraph();
    private final TextArea reverseReason = new TextArea();
    private final ConfirmDialog confirm = new ConfirmDialog("reverse");
    private final Div ledger = new Div();
    private @Nullable LedgerEntry chosen;

    BudgetsView(VoucherBudgets budgets, AuthenticationContext authentication) {
        this.budgets = budgets;
        this.me = BudgetStaffs.of(authentication);
        addClassName("vouchers-page");

        year.setId("budgets-year");
        year.setLabel(getTranslation("vouchers.ledger.budgets.year"));
        year.setItems(budgets.years(me));
        year.setItemLabelGenerator(FinancialYear::label);
        year.setValue(budgets.currentYear());
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                clearErrors();
                status.setText("");
                closeReverse();
                show();
            }
        });
        status.setId("budgets-status");
        status.addClassName("form-status");
        status.getElement().setAttribute("role", "status");
        warnings.setId("budgets-warnings");

        sponsor.setId("budgets-sponsor");
        sponsor.setLabel(getTranslation("vouchers.ledger.budgets.sponsor"));
        sponsor.setItems(Arrays.asList(Sponsor.values()));
        sponsor.setItemLabelGenerator(s -> getTranslation("vouchers.ledger.sponsor." + s.name()));
        account.setId("budgets-account");
        account.setLabel(getTranslation("vouchers.ledger.budgets.account"));
        account.setItems(LedgerAccount.BUDGET, LedgerAccount.OVERRIDE);
        account.setItemLabelGenerator(a -> getTranslation("vouchers.ledger.budgets.account." + a.name()));
        account.setValue(LedgerAccount.BUDGET);
        amount.setId("budgets-amount");
        amount.setLabel(getTranslation("vouchers.ledger.budgets.amount"));
        amount.setHelperText(getTranslation("vouchers.ledger.budgets.amountHint"));
        amount.setMaxLength(20);
        reason.setId("budgets-reason");
        reason.setLabel(getTranslation("vouchers.ledger.budgets.reason"));
        reason.setHelperText(getTranslation("vouchers.ledger.budgets.reasonHint"));
        reason.setMaxLength(VoucherBudgets.MAX_REASON + 100);
        add.setId("budgets-add");
        add.addClassName("button-primary");
        add.addClickListener(e -> add());
        updateAddText();
        year.addValueChangeListener(e -> updateAddText());

        reverseForm.setId("budgets-reverse-form");
        reversing.setId("budgets-reversing");
        reverseReason.setId("budgets-reverse-reason");
        reverseReason.setLabel(getTranslation("vouchers.ledger.budgets.reverseReason"));
        reverseReason.setMaxLength(VoucherBudgets.MAX_REASON + 100);
        var reverse = new Button(getTranslation("vouchers.ledger.budgets.reverse"), e -> askToReverse());
        reverse.setId("budgets-reverse");
        reverse.addClassName("button-primary");
        var cancel = new Button(getTranslation("vouchers.ledger.budgets.reverseCancel"), e -> closeReverse());
        cancel.setId("budgets-reverse-cancel");
        var reverseButtons = new Div(reverse, cancel);
        reverseButtons.addClassName("button-group");
        reverseForm.add(new H2(getTranslation("vouchers.ledger.budgets.reverseHeading")), reversing, reverseReason,
                reverseButtons);
        reverseForm.setVisible(false);
        confirm.confirmButton().addClickListener(e -> reverse());

        var rules = new Anchor(RulesView.PATH, getTranslation("vouchers.ledger.budgets.rulesLink"));
        rules.setId("budgets-rules-link");
        var addActions = new Div(add);
        addActions.addClassName("form-actions");
        add(errors, new H1(getTranslation("vouchers.ledger.budgets.heading")),
                new Paragraph(getTranslation("vouchers.ledger.budgets.intro")), new Paragraph(rules), year, status,
                warnings, totals, new H2(getTranslation("vouchers.ledger.budgets.addHeading")),
                new Paragraph(getTranslation("vouchers.ledger.budgets.addHint")), sponsor, account, amount, reason,
                addActions, reverseForm, new H2(getTranslation("vouchers.ledger.budgets.ledgerHeading")), ledger,
                confirm);
        show();
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "vouchers.ledger.budgets.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }

    private FinancialYear chosenYear() {
        return year.getValue() == null ? budgets.currentYear() : year.getValue();
    }

    private void updateAddText() {
        add.setText(getTranslation("vouchers.ledger.budgets.add", chosenYear().label()));
    }

    private void show() {
        var overview = budgets.overview(me, chosenYear());
        showWarnings(overview);
        showTotals(overview);
        showLedger(overview);
    }

    private String sponsorName(Sponsor s) {
        return getTranslation("vouchers.ledger.sponsor." + s.name());
    }

    private void showWarnings(BudgetOverview overview) {
        warnings.removeAll();
        for (var s : overview.sponsors()) {
            if (s.level() == BudgetTotals.Level.OK) {
                continue;
            }
            var t = s.totals();
            var text = s.level() == BudgetTotals.Level.WARNING
                    ? getTranslation("vouchers.ledger.budgets.warning.WARNING", sponsorName(s.sponsor()),
                            t.percentSpent(), overview.year().label(), VoucherMoney.format(t.availablePence()))
                    : getTranslation("vouchers.ledger.budgets.warning.FULL", sponsorName(s.sponsor()),
                            overview.year().label(), VoucherMoney.format(t.availablePence()));
            var warning = new Paragraph(text);
            warning.setId("budgets-warning-" + s.sponsor().name());
            warning.addClassName("notification");
            warning.addClassName(s.level() == BudgetTotals.Level.FULL ? "budget-full" : "budget-warning");
            warning.getElement().setAttribute("role", "status");
            warnings.add(warning);
        }
    }

    private void showTotals(BudgetOverview overview) {
        totals.removeAll();
        var table = new NativeTable();
        table.setId("budgets-totals");
        table.addClassName("simple");
        table.setCaptionText(getTranslation("vouchers.ledger.budgets.totalsCaption", overview.year().label()));
        var head = table.getHead().addRow();
        for (var key : new String[] {"sponsor", "budget", "override", "spent", "available", "percent", "cap"}) {
            head.addHeaderCell().getElement().setText(getTranslation("vouchers.ledger.budgets.col." + key))
                    .setAttribute("scope", "col");
        }
        for (var s : overview.sponsors()) {
            var t = s.totals();
            var row = table.getBody().addRow();
            row.getElement().setAttribute("data-sponsor", s.sponsor().name());
            row.addHeaderCell().getElement().setText(sponsorName(s.sponsor())).setAttribute("scope", "row");
            row.addDataCell().setText(VoucherMoney.format(t.budgetPence()));
            row.addDataCell().setText(VoucherMoney.format(t.allowancePence()));
            row.addDataCell().setText(VoucherMoney.format(t.spentPence()));
            row.addDataCell().setText(VoucherMoney.format(t.availablePence()));
            row.addDataCell().setText(getTranslation("vouchers.ledger.budgets.percent", t.percentSpent()));
            row.addDataCell().setText(s.capPence() == null ? getTranslation("vouchers.ledger.budgets.noCap")
                    : VoucherMoney.format(s.capPence()));
        }
        totals.add(scroll(table, table.getCaptionText()));
    }

    private void showLedger(BudgetOverview overview) {
        ledger.removeAll();
        if (overview.entries().isEmpty()) {
            var empty = new Paragraph(getTranslation("vouchers.ledger.budgets.ledgerEmpty"));
            empty.setId("budgets-ledger-empty");
            ledger.add(empty);
            return;
        }
        var table = new NativeTable();
        table.setId("budgets-ledger");
        table.addClassName("simple");
        table.setCaptionText(getTranslation("vouchers.ledger.budgets.ledgerCaption", overview.year().label()));
        var head = table.getHead().addRow();
        for (var key : new String[] {"when", "sponsor", "what", "amount", "who", "why", "action"}) {
            head.addHeaderCell().getElement().setText(getTranslation("vouchers.ledger.budgets.col." + key))
                    .setAttribute("scope", "col");
        }
        for (var entry : overview.entries()) {
            var row = table.getBody().addRow();
            row.getElement().setAttribute("data-entry", entry.id().toString());
            row.addDataCell().setText(LondonTimes.dayWithYearAndTime(entry.recordedAt()));
            row.addDataCell().setText(sponsorName(entry.sponsor()));
            var what = getTranslation("vouchers.ledger.account." + entry.account().name());
            if (entry.reversesId() != null) {
                what = getTranslation("vouchers.ledger.budgets.reversal", what);
            } else if (overview.reversed().contains(entry.id())) {
                what = getTranslation("vouchers.ledger.budgets.reversedNote", what);
            }
            row.addDataCell().setText(what);
            row.addDataCell().setText(VoucherMoney.format(entry.amountPence()));
            row.addDataCell().setText(entry.recordedBy());
            row.addDataCell().setText(entry.reason());
            var action = row.addDataCell();
            if (overview.reversible(entry)) {
                var button = new Button(getTranslation("vouchers.ledger.budgets.reverseButton",
                        VoucherMoney.format(entry.amountPence()), LondonTimes.dayWithYear(entry.recordedAt())),
                        e -> chooseToReverse(entry));
                button.setId("budgets-reverse-" + entry.id());
                action.add(button);
            }
        }
        ledger.add(scroll(table, table.getCaptionText()));
    }

    private Div scroll(NativeTable table, String label) {
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", label);
        return scroll;
    }

    private void add() {
        clearErrors();
        status.setText("");
        if (sponsor.getValue() == null) {
            errors.add(sponsor, getTranslation("vouchers.ledger.error.chooseSponsor"));
        }
        var pence = VoucherMoney.parse(amount.getValue());
        if (pence.isEmpty()) {
            errors.add(amount, getTranslation(amount.getValue().isBlank() ? "vouchers.ledger.error.amountPositive"
                    : "vouchers.ledger.error.amountFormat"));
        }
        if (reason.getValue().isBlank()) {
            errors.add(reason, getTranslation("vouchers.ledger.error.reasonMissing"));
        }
        if (errors.hasErrors()) {
            showErrors();
            return;
        }
        var forYear = chosenYear();
        try {
            var entry = account.getValue() == LedgerAccount.OVERRIDE
                    ? budgets.allow(me, forYear, sponsor.getValue(), pence.getAsLong(), reason.getValue())
                    : budgets.allot(me, forYear, sponsor.getValue(), pence.getAsLong(), reason.getValue());
            status.setText(getTranslation("vouchers.ledger.budgets.added", VoucherMoney.format(entry.amountPence()),
                    sponsorName(entry.sponsor()), forYear.label()));
            amount.clear();
            reason.clear();
            show();
        } catch (VoucherRefused refused) {
            var key = refused.messageKey();
            var message = getTranslation(key, refused.arguments());
            if (key.contains("reason")) {
                errors.add(reason, message);
            } else {
                errors.add(amount, message);
            }
            showErrors();
        }
    }

    private void chooseToReverse(LedgerEntry entry) {
        clearErrors();
        status.setText("");
        chosen = entry;
        reversing.setText(getTranslation("vouchers.ledger.budgets.reversing",
                getTranslation("vouchers.ledger.account." + entry.account().name()),
                VoucherMoney.format(entry.amountPence()), sponsorName(entry.sponsor()), entry.recordedBy(),
                LondonTimes.dayWithYearAndTime(entry.recordedAt())));
        reverseReason.clear();
        reverseForm.setVisible(true);
        reverseReason.focus();
    }

    private void closeReverse() {
        chosen = null;
        reverseForm.setVisible(false);
        reverseReason.clear();
    }

    private void askToReverse() {
        clearErrors();
        var entry = chosen;
        if (entry == null) {
            return;
        }
        if (reverseReason.getValue().isBlank()) {
            errors.add(reverseReason, getTranslation("vouchers.ledger.error.reasonMissing"));
            showErrors();
            return;
        }
        confirm.ask(getTranslation("vouchers.ledger.budgets.reverseQuestion"),
                getTranslation("vouchers.ledger.budgets.reverseDetails", VoucherMoney.format(-entry.amountPence()),
                        sponsorName(entry.sponsor()), entry.year().label()),
                getTranslation("vouchers.ledger.budgets.reverseConfirm"),
                getTranslation("vouchers.ledger.budgets.reverseBack"));
    }

    private void reverse() {
        confirm.close();
        var entry = chosen;
        if (entry == null) {
            return;
        }
        try {
            budgets.reverse(me, entry.id(), reverseReason.getValue());
            closeReverse();
            status.setText(getTranslation("vouchers.ledger.budgets.reversed"));
            show();
        } catch (VoucherRefused refused) {
            var message = getTranslation(refused.messageKey(), refused.arguments());
            if (refused.messageKey().contains("reason")) {
                errors.add(reverseReason, message);
            } else {
                errors.add(message);
                closeReverse();
                show();
            }
            showErrors();
        }
    }

    private void showErrors() {
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void clearErrors() {
        if (errors.hasErrors()) {
            errors.clear();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    /** For tests: the entry chosen for reversing, if any. */
    @Nullable UUID chosenEntry() {
        return chosen == null ? null : chosen.id();
    }

    ConfirmDialog confirmDialog() {
        return confirm;
    }
}
