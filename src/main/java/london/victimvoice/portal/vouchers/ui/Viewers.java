package london.victimvoice.portal.vouchers.ui;

import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.security.AuthenticationContext;

import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.vouchers.BudgetTotals;
import london.victimvoice.portal.vouchers.SignOffViewer;
import london.victimvoice.portal.vouchers.SignOffWarning;
import london.victimvoice.portal.vouchers.Sponsor;
import london.victimvoice.portal.vouchers.VoucherRefused;

/** The signed-in member of staff as the voucher services want them, and words the pages share. */
final class Viewers {

    private Viewers() {
    }

    /** Read each time, not kept: the view may outlive a sign-in in the same browser tab. */
    static SignOffViewer of(AuthenticationContext authentication) {
        return new SignOffViewer(authentication.getPrincipalName().orElse("unknown"),
                authentication.hasRole(Roles.APPROVER), authentication.hasRole(Roles.COORDINATOR),
                authentication.hasRole(Roles.ADMIN));
    }

    /** "£25.00" */
    static String money(long pence) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(pence / 100.0);
    }

    static String sponsor(Component translator, Sponsor sponsor) {
        return translator.getTranslation("vouchers.approval.sponsor." + sponsor.name());
    }

    /** A refusal in words, a sponsor named as people know it. */
    static String refusal(Component translator, VoucherRefused refused) {
        var arguments = refused.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Sponsor sponsor) {
                arguments[i] = sponsor(translator, sponsor);
            }
        }
        return translator.getTranslation(refused.messageKey(), arguments);
    }

    /** The budget warning box, or null when no budget is near its end. */
    static Div warnings(Component translator, java.util.List<SignOffWarning> warnings) {
        var box = new Div();
        box.setId("vouchers-budget-warning");
        if (warnings.isEmpty()) {
            box.setVisible(false);
            return box;
        }
        box.addClassName("voice-notice");
        box.add(new H2(translator.getTranslation("vouchers.approval.warning.heading")));
        for (var warning : warnings) {
            BudgetTotals totals = warning.totals();
            box.add(new Paragraph(translator.getTranslation("vouchers.approval.warning." + warning.level().name(),
                    sponsor(translator, totals.sponsor()), totals.year().label(), totals.percentSpent(),
                    money(totals.availablePence()))));
        }
        return box;
    }
}
