package london.victimvoice.portal.vouchers.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.vouchers.BudgetStaff;
import london.victimvoice.portal.vouchers.ForumRule;
import london.victimvoice.portal.vouchers.SponsorCap;
import london.victimvoice.portal.vouchers.Sponsor;
import london.victimvoice.portal.vouchers.VoucherBudgets;
import london.victimvoice.portal.vouchers.VoucherMoney;
import london.victimvoice.portal.vouchers.VoucherRefused;

/** Admins set what a voucher is worth in each forum and who pays, and the City of London's yearly cap. */
@Route(value = RulesView.PATH, layout = StaffLayout.class)
@RolesAllowed(Roles.ADMIN)
class RulesView extends Div implements HasDynamicTitle {

    static final String PATH = "staff/vouchers/rules";

    private final VoucherBudgets budgets;
    private final BudgetStaff me;
    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph status = new Paragraph();
    private final Div table = new Div();
    private final RadioButtonGroup<String> forum = new RadioButtonGroup<>();
    private final TextField value = new TextField();
    private final RadioButtonGroup<Sponsor> sponsor = new RadioButtonGroup<>();
    private final TextField cap = new TextField();
    private final Paragraph mopacCap = new Paragraph();
    private List<ForumRule> rules = List.of();
    private List<SponsorCap> caps = List.of();

    RulesView(VoucherBudgets budgets, AuthenticationContext authentication) {
        this.budgets = budgets;
        this.me = BudgetStaffs.of(authentication);
        addClassName("vouchers-page");
        status.setId("rules-status");
        status.addClassName("form-status");
        status.getElement().setAttribute("role", "status");

        forum.setId("rules-forum");
        forum.setLabel(getTranslation("vouchers.ledger.rules.forum"));
        forum.setItemLabelGenerator(code -> getTranslation("forum." + code + ".name"));
        forum.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                fillForm(e.getValue());
            }
        });
        value.setId("rules-value");
        value.setLabel(getTranslation("vouchers.ledger.rules.value"));
        value.setHelperText(getTranslation("vouchers.ledger.rules.valueHint"));
        value.setMaxLength(20);
        sponsor.setId("rules-sponsor");
        sponsor.setLabel(getTranslation("vouchers.ledger.rules.sponsor"));
        sponsor.setItems(Arrays.asList(Sponsor.values()));
        sponsor.setItemLabelGenerator(s -> getTranslation("vouchers.ledger.sponsor." + s.name()));
        var save = new Button(getTranslation("vouchers.ledger.rules.save"), e -> saveRule());
        save.setId("rules-save");
        save.addClassName("button-primary");
        var saveActions = new Div(save);
        saveActions.addClassName("form-actions");

        cap.setId("rules-cap");
        cap.setLabel(getTranslation("vouchers.ledger.rules.cap"));
        cap.setHelperText(getTranslation("vouchers.ledger.rules.capHint"));
        cap.setMaxLength(20);
        mopacCap.setId("rules-mopac-cap");
        var capSave = new Button(getTranslation("vouchers.ledger.rules.capSave"), e -> saveCap());
        capSave.setId("rules-cap-save");
        capSave.addClassName("button-primary");
        var capActions = new Div(capSave);
        capActions.addClassName("form-actions");

        var budgetsLink = new Anchor(BudgetsView.PATH, getTranslation("vouchers.ledger.rules.budgetsLink"));
        budgetsLink.setId("rules-budgets-link");
        add(errors, new H1(getTranslation("vouchers.ledger.rules.heading")),
                new Paragraph(getTranslation("vouchers.ledger.rules.intro", VoucherMoney.format(
                        budgets.standardValuePence()))), new Paragraph(budgetsLink), status, table,
                new H2(getTranslation("vouchers.ledger.rules.editHeading")), forum, value, sponsor, saveActions,
                new H2(getTranslation("vouchers.ledger.rules.capsHeading")),
                new Paragraph(getTranslation("vouchers.ledger.rules.capsIntro")), mopacCap, cap, capActions);
        load();
        if (!rules.isEmpty()) {
            forum.setValue(rules.getFirst().forumCode());
        }
        fillCap();
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "vouchers.ledger.rules.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }

    private void load() {
        rules = budgets.rules(me);
        caps = budgets.caps(me);
        var chosen = forum.getValue();
        forum.setItems(rules.stream().map(ForumRule::forumCode).toList());
        if (chosen != null) {
            forum.setValue(chosen);
        }
        table.removeAll();
        var t = new NativeTable();
        t.setId("rules-table");
        t.addClassName("simple");
        t.setCaptionText(getTranslation("vouchers.ledger.rules.caption"));
        var head = t.getHead().addRow();
        for (var key : new String[] {"forum", "value", "sponsor"}) {
            head.addHeaderCell().getElement().setText(getTranslation("vouchers.ledger.rules.col." + key))
                    .setAttribute("scope", "col");
        }
        for (var rule : rules) {
            var row = t.getBody().addRow();
            row.getElement().setAttribute("data-forum", rule.forumCode());
            row.addHeaderCell().getElement().setText(getTranslation("forum." + rule.forumCode() + ".name"))
                    .setAttribute("scope", "row");
            var money = VoucherMoney.format(rule.valuePence());
            row.addDataCell().setText(rule.standard() ? getTranslation("vouchers.ledger.rules.standard", money) : money);
            row.addDataCell().setText(getTranslation("vouchers.ledger.sponsor." + rule.sponsor().name()));
        }
        var scroll = new Div(t);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", t.getCaptionText());
        table.add(scroll);
    }

    private void fillForm(String code) {
        rules.stream().filter(r -> r.forumCode().equals(code)).findFirst().ifPresent(rule -> {
            value.setValue(VoucherMoney.format(rule.valuePence()).replace("£", ""));
            sponsor.setValue(rule.sponsor());
        });
    }

    private SponsorCap city() {
        return caps.stream().filter(c -> c.sponsor() == Sponsor.CITY_OF_LONDON).findFirst().orElseThrow();
    }

    private void fillCap() {
        var city = city();
        cap.setValue(city.capPence() == null ? "" : VoucherMoney.format(city.capPence()).replace("£", ""));
        var mopac = caps.stream().filter(c -> c.sponsor() == Sponsor.MOPAC).findFirst().orElseThrow();
        mopacCap.setText(getTranslation("vouchers.ledger.rules.mopacCap", mopac.capPence() == null
                ? getTranslation("vouchers.ledger.budgets.noCap") : VoucherMoney.format(mopac.capPence())));
    }

    private void saveRule() {
        clearErrors();
        status.setText("");
        var code = forum.getValue();
        if (code == null) {
            errors.add(forum, getTranslation("vouchers.ledger.error.chooseForum"));
        }
        var pence = VoucherMoney.parse(value.getValue());
        if (pence.isEmpty()) {
            errors.add(value, getTranslation(value.getValue().isBlank() ? "vouchers.ledger.error.valuePositive"
                    : "vouchers.ledger.error.valueFormat"));
        }
        if (sponsor.getValue() == null) {
            errors.add(sponsor, getTranslation("vouchers.ledger.error.chooseSponsor"));
        }
        if (errors.hasErrors() || code == null) {
            showErrors();
            return;
        }
        var current = rules.stream().filter(r -> r.forumCode().equals(code)).findFirst().orElseThrow();
        try {
            var saved = budgets.saveRule(me, code, pence.getAsLong(), sponsor.getValue(), current.version());
            status.setText(getTranslation("vouchers.ledger.rules.saved", getTranslation("forum." + code + ".name"),
                    VoucherMoney.format(saved.valuePence()),
                    getTranslation("vouchers.ledger.sponsor." + saved.sponsor().name())));
            load();
        } catch (VoucherRefused refused) {
            var stale = refused.messageKey().equals("vouchers.ledger.error.staleRule");
            errors.add(stale ? forum : value, getTranslation(refused.messageKey(), refused.arguments()));
            if (stale) {
                load();
                fillForm(code);
            }
            showErrors();
        }
    }

    private void saveCap() {
        clearErrors();
        status.setText("");
        Long pence = null;
        if (!cap.getValue().isBlank()) {
            var parsed = VoucherMoney.parse(cap.getValue());
            if (parsed.isEmpty()) {
                errors.add(cap, getTranslation("vouchers.ledger.error.capFormat"));
                showErrors();
                return;
            }
            pence = parsed.getAsLong();
        }
        try {
            var saved = budgets.saveCap(me, Sponsor.CITY_OF_LONDON, pence, city().version());
            var name = getTranslation("vouchers.ledger.sponsor." + saved.sponsor().name());
            status.setText(saved.capPence() == null ? getTranslation("vouchers.ledger.rules.capNone", name)
                    : getTranslation("vouchers.ledger.rules.capSaved", name, VoucherMoney.format(saved.capPence())));
            load();
            fillCap();
        } catch (VoucherRefused refused) {
            errors.add(cap, getTranslation(refused.messageKey(), refused.arguments()));
            if (refused.messageKey().equals("vouchers.ledger.error.staleCap")) {
                load();
                fillCap();
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
}
