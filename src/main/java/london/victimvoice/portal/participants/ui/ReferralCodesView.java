package london.victimvoice.portal.participants.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.participants.ReferralKind;
import london.victimvoice.portal.participants.ReferralRefused;
import london.victimvoice.portal.participants.ReferralSummary;
import london.victimvoice.portal.participants.Referrals;
import london.victimvoice.portal.security.Roles;

/**
 * Admins create partner referral codes, switch them off, and see how many sign-ups each brought;
 * codes are never deleted.
 */
@Route(value = "staff/referral-codes", layout = StaffLayout.class)
@Menu(title = "menu.referralCodes", order = 80)
@RolesAllowed(Roles.ADMIN)
class ReferralCodesView extends Div implements HasDynamicTitle {

    private final Referrals referrals;
    private final String admin;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextField code = new TextField();
    private final TextField partner = new TextField();
    private final RadioButtonGroup<ReferralKind> kind = new RadioButtonGroup<>();
    private final Paragraph status = new Paragraph();
    private final Div list = new Div();

    ReferralCodesView(Referrals referrals, AuthenticationContext authentication) {
        this.referrals = referrals;
        this.admin = authentication.getPrincipalName().orElse("unknown");
        code.setLabel(getTranslation("referral.form.code"));
        code.setHelperText(getTranslation("referral.form.codeHint"));
        code.setId("referral-code");
        code.setMaxLength(40);
        partner.setLabel(getTranslation("referral.form.partner"));
        partner.setId("referral-partner");
        partner.setMaxLength(120);
        kind.setLabel(getTranslation("referral.form.kind"));
        kind.setItems(Arrays.asList(ReferralKind.values()));
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(ReferralKind.VICTIM_SERVICE_PROVIDER);
        var add = new Button(getTranslation("referral.form.add"), e -> create());
        add.addClassName("button-primary");
        add.setId("referral-add");
        status.getElement().setAttribute("role", "status");
        status.addClassName("form-status");

        add(errors, new H1(getTranslation("referral.heading")), new Paragraph(getTranslation("referral.intro")),
                new H2(getTranslation("referral.form.heading")), code, partner, kind, add, status,
                new H2(getTranslation("referral.list.heading")), list);
        showList();
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "referral.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }

    private void create() {
        clearErrors();
        try {
            var created = referrals.create(code.getValue(), partner.getValue(), kind.getValue(), admin);
            status.setText(getTranslation("referral.created", created.code()));
            code.clear();
            partner.clear();
            showList();
        } catch (ReferralRefused refused) {
            // The summary takes focus and reads the problem out; the status line stays quiet.
            status.setText("");
            errors.add(refused.messageKey().contains("partner") ? partner : code, getTranslation(refused.messageKey()));
            errors.show();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    private void clearErrors() {
        if (errors.hasErrors()) {
            errors.clear();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    private void switchActive(ReferralSummary referral) {
        clearErrors();
        var changed = referrals.setActive(referral.code(), !referral.active());
        status.setText(getTranslation(changed.active() ? "referral.enabled" : "referral.disabled", changed.code()));
        showList();
    }

    private void showList() {
        list.removeAll();
        var all = referrals.all();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("referral.list.empty")));
            return;
        }
        var table = new NativeTable();
        table.addClassName("simple");
        table.setCaptionText(getTranslation("referral.list.caption"));
        var head = table.getHead().addRow();
        for (var key : new String[] {"referral.column.code", "referral.column.partner", "referral.column.kind",
                "referral.column.link", "referral.column.state", "referral.column.signUps", "referral.column.action"}) {
            head.addHeaderCell().getElement().setText(getTranslation(key)).setAttribute("scope", "col");
        }
        for (var listed : all) {
            var referral = listed.referral();
            var row = table.getBody().addRow();
            row.addDataCell().setText(referral.code());
            row.addDataCell().setText(referral.partnerName());
            row.addDataCell().setText(getTranslation(referral.kind().labelKey()));
            row.addDataCell().setText("/" + referral.joinPath());
            row.addDataCell().setText(getTranslation(referral.active() ? "referral.state.active" : "referral.state.off"));
            row.addDataCell().setText(getTranslation("referral.signUps", listed.signUps()));
            var action = new Button(getTranslation(referral.active() ? "referral.disable" : "referral.enable",
                    referral.code()), e -> switchActive(referral));
            row.addDataCell().add(action);
        }
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("referral.list.caption"));
        list.add(scroll);
    }
}
