package london.victimvoice.portal.vouchers.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.vouchers.Delivery;
import london.victimvoice.portal.vouchers.FlaggedVoucher;
import london.victimvoice.portal.vouchers.FlaggedVouchers;

/**
 * Vouchers given two weeks ago or more that their owners have not said arrived, for coordinators
 * of the forums they look after (admins: all) to follow up. Codes only ever masked; each look is
 * audited by the service.
 */
@Route(value = FlaggedVouchersView.PATH, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class FlaggedVouchersView extends Div implements HasDynamicTitle {

    static final String PATH = "staff/vouchers/flagged";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    FlaggedVouchersView(FlaggedVouchers flagged, AuthenticationContext authentication) {
        var manager = new ForumManager(authentication.getPrincipalName().orElse("unknown"),
                authentication.hasRole(Roles.ADMIN));
        // A plain address: the vouchers overview is another part's page.
        var back = new Anchor("staff/vouchers", getTranslation("vouchers.flagged.back"));
        back.addClassName("back-link");
        back.setId("vouchers-flagged-back");
        add(back, new H1(getTranslation("vouchers.flagged.heading")),
                new Paragraph(getTranslation("vouchers.flagged.intro")));
        var list = flagged.list(manager);
        if (list.isEmpty()) {
            var empty = new Paragraph(getTranslation("vouchers.flagged.none"));
            empty.setId("vouchers-flagged-none");
            add(empty);
            return;
        }
        var table = new NativeTable();
        table.addClassName("simple");
        table.setCaptionText(getTranslation("vouchers.flagged.caption", list.size()));
        var head = table.getHead().addRow();
        for (var key : List.of("vouchers.flagged.column.name", "vouchers.flagged.column.forum",
                "vouchers.flagged.column.meeting", "vouchers.flagged.column.days", "vouchers.flagged.column.delivery",
                "vouchers.flagged.column.code")) {
            head.addHeaderCell().getElement().setText(getTranslation(key)).setAttribute("scope", "col");
        }
        for (var voucher : list) {
            var row = table.getBody().addRow();
            row.getElement().setAttribute("id", "flagged-" + voucher.id());
            row.addDataCell().setText(voucher.chosenName() == null ? getTranslation("vouchers.flagged.noName")
                    : voucher.chosenName());
            row.addDataCell().setText(getTranslation("forum." + voucher.forumCode() + ".name"));
            row.addDataCell().setText(DAY.format(voucher.meetingDay()));
            row.addDataCell().setText(getTranslation("vouchers.flagged.daysValue", voucher.daysSinceIssued()));
            row.addDataCell().setText(getTranslation(voucher.delivery() == Delivery.CODE
                    ? "vouchers.flagged.delivery.code" : "vouchers.flagged.delivery.inPerson"));
            row.addDataCell().setText(masked(voucher));
        }
        var scroll = new Div(table);
        scroll.setId("vouchers-flagged");
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("vouchers.flagged.caption", list.size()));
        add(scroll, new Paragraph(getTranslation("vouchers.flagged.help")));
    }

    private String masked(FlaggedVoucher voucher) {
        var masked = voucher.maskedCode();
        return masked == null ? getTranslation("vouchers.flagged.noCode") : masked;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "vouchers.flagged.title");
    }
}
