package london.victimvoice.portal.vouchers.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.vouchers.SignOffMeetingRow;
import london.victimvoice.portal.vouchers.SignOffViewer;
import london.victimvoice.portal.vouchers.VoucherSignOffs;
import london.victimvoice.portal.vouchers.VoucherStatus;

/**
 * Meetings with vouchers, the latest first, with how many are in each status; a budget warning
 * for approvers and admins; links to the other voucher pages the person may open. Coordinators
 * see only the forums they look after.
 */
@Route(value = VouchersView.PATH, layout = StaffLayout.class)
@Menu(title = "vouchers.approval.menu", order = 60)
@RolesAllowed({ Roles.APPROVER, Roles.COORDINATOR, Roles.ADMIN })
class VouchersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "staff/vouchers";

    /** The other voucher pages, by address only (other parts of the module own them), and who may open each. */
    private static final List<OtherPage> OTHER_PAGES = List.of(
            new OtherPage("budgets", "staff/vouchers/budgets", List.of(Roles.ADMIN)),
            new OtherPage("rules", "staff/vouchers/rules", List.of(Roles.ADMIN)),
            new OtherPage("codes", "staff/vouchers/codes", List.of(Roles.COORDINATOR, Roles.ADMIN)),
            new OtherPage("issue", "staff/vouchers/issue", List.of(Roles.COORDINATOR, Roles.ADMIN)),
            new OtherPage("flagged", "staff/vouchers/flagged", List.of(Roles.COORDINATOR, Roles.ADMIN)),
            new OtherPage("reconciliation", "staff/vouchers/reconciliation", List.of(Roles.APPROVER, Roles.ADMIN)));

    private record OtherPage(String name, String path, List<String> roles) {
    }

    private final VoucherSignOffs signOffs;
    private final AuthenticationContext authentication;

    VouchersView(VoucherSignOffs signOffs, AuthenticationContext authentication) {
        this.signOffs = signOffs;
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var viewer = Viewers.of(authentication);
        add(new H1(getTranslation("vouchers.approval.list.heading")));
        add(new Paragraph(getTranslation(viewer.seesAll() ? "vouchers.approval.list.intro"
                : "vouchers.approval.list.coordinatorIntro")));
        add(Viewers.warnings(this, signOffs.warnings(viewer)));
        links(viewer);
        var meetings = signOffs.meetings(viewer);
        if (meetings.isEmpty()) {
            var empty = new Paragraph(getTranslation("vouchers.approval.list.empty"));
            empty.setId("vouchers-empty");
            add(empty);
            return;
        }
        add(table(meetings));
        if (meetings.size() >= VoucherSignOffs.MEETINGS_SHOWN) {
            add(new Paragraph(getTranslation("vouchers.approval.list.more", VoucherSignOffs.MEETINGS_SHOWN)));
        }
    }

    private void links(SignOffViewer viewer) {
        var list = new UnorderedList();
        list.addClassName("link-list");
        for (var page : OTHER_PAGES) {
            if (page.roles().stream().anyMatch(authentication::hasRole)) {
                var link = new Anchor(page.path(), getTranslation("vouchers.approval.link." + page.name()));
                link.setId("vouchers-link-" + page.name());
                list.add(new ListItem(link));
            }
        }
        if (list.getChildren().findAny().isEmpty()) {
            return;
        }
        var heading = new H2(getTranslation("vouchers.approval.otherPages"));
        heading.setId("vouchers-other-pages");
        var nav = new Nav(heading, list);
        nav.getElement().setAttribute("aria-labelledby", "vouchers-other-pages");
        add(nav);
    }

    private Div table(List<SignOffMeetingRow> meetings) {
        var table = new NativeTable();
        table.addClassName("simple");
        table.setCaptionText(getTranslation("vouchers.approval.list.caption"));
        var head = table.getHead().addRow();
        for (var key : List.of("meeting", "waiting", "approved", "issued", "confirmed", "withdrawn")) {
            head.addHeaderCell().getElement().setText(getTranslation("vouchers.approval.column." + key))
                    .setAttribute("scope", "col");
        }
        for (var meeting : meetings) {
            var row = table.getBody().addRow();
            var link = new Anchor(VoucherMeetingView.pathOf(meeting.meetingId()),
                    getTranslation("vouchers.approval.meetingLink", getTranslation("forum." + meeting.forumCode() + ".name"),
                            VoucherMeetingView.day(meeting.meetingDay())));
            link.setId("vouchers-meeting-" + meeting.meetingId());
            row.addDataCell().add(link);
            for (var status : List.of(VoucherStatus.REQUESTED, VoucherStatus.APPROVED, VoucherStatus.ISSUED,
                    VoucherStatus.CONFIRMED, VoucherStatus.WITHDRAWN)) {
                row.addDataCell().setText(String.valueOf(meeting.count(status)));
            }
        }
        var scroll = new Div(table);
        scroll.setId("vouchers-meetings");
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("vouchers.approval.list.caption"));
        return scroll;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "vouchers.approval.list.title");
    }
}
