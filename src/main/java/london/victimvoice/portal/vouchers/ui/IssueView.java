package london.victimvoice.portal.vouchers.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ui.ConfirmDialog;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.vouchers.MeetingToIssue;
import london.victimvoice.portal.vouchers.VoucherIssues;
import london.victimvoice.portal.vouchers.VoucherRefused;

/**
 * Giving signed-off vouchers, meeting by meeting: send every one a code (after a question that
 * states how many) or record one handed over in person as a card. Staff never see a code whole.
 */
@Route(value = IssueView.PATH, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class IssueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "staff/vouchers/issue";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final VoucherIssues issues;
    private final ForumManager manager;
    private final Paragraph status = new Paragraph();
    private final Div content = new Div();
    private final ConfirmDialog confirm = new ConfirmDialog("send-codes");
    private @Nullable UUID asked;

    IssueView(VoucherIssues issues, AuthenticationContext authentication) {
        this.issues = issues;
        this.manager = new ForumManager(authentication.getPrincipalName().orElse("unknown"),
                authentication.hasRole(Roles.ADMIN));
        status.setId("vouchers-issue-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("form-status");
        content.setId("vouchers-issue");
        confirm.confirmButton().addClickListener(e -> sendCodes());
        var back = new Anchor("staff/vouchers", getTranslation("vouchers.issue.back"));
        back.addClassName("back-link");
        var codes = new Anchor(CodesView.PATH, getTranslation("vouchers.issue.give.toCodes"));
        codes.setId("vouchers-issue-to-codes");
        add(back, new H1(getTranslation("vouchers.issue.give.heading")),
                new Paragraph(getTranslation("vouchers.issue.give.intro")), new Paragraph(codes), status, content,
                confirm);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "vouchers.issue.give.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        content.removeAll();
        var meetings = issues.approved(manager);
        if (meetings.isEmpty()) {
            var none = new Paragraph(getTranslation("vouchers.issue.give.none"));
            none.setId("vouchers-issue-none");
            content.add(none);
            return;
        }
        // Two meetings of one forum on one day would have the same heading; a number tells them apart
        // for everyone, and keeps each table's name unique for screen readers.
        var headings = new java.util.HashMap<String, Integer>();
        for (var meeting : meetings) {
            var heading = getTranslation("vouchers.issue.give.meeting",
                    getTranslation("forum." + meeting.forumCode() + ".name"), DAY.format(meeting.meetingDay()));
            var seen = headings.merge(heading, 1, Integer::sum);
            content.add(meeting(meeting, seen == 1 ? heading
                    : getTranslation("vouchers.issue.give.meetingAgain", heading, seen)));
        }
    }

    private Section meeting(MeetingToIssue meeting, String title) {
        var section = new Section();
        section.setId("vouchers-issue-meeting-" + meeting.meetingId());
        var heading = new H2(title);
        heading.setId("vouchers-issue-heading-" + meeting.meetingId());
        var table = new NativeTable();
        table.addClassName("simple");
        table.setCaptionText(getTranslation("vouchers.issue.give.caption", meeting.vouchers().size()));
        var head = table.getHead().addRow();
        for (var key : List.of("name", "value", "action")) {
            head.addHeaderCell().getElement().setText(getTranslation("vouchers.issue.give.column." + key))
                    .setAttribute("scope", "col");
        }
        for (var voucher : meeting.vouchers()) {
            var name = voucher.chosenName().isBlank() ? getTranslation("vouchers.issue.give.noName")
                    : voucher.chosenName();
            var inPerson = new Button(getTranslation("vouchers.issue.give.inPerson"), e -> handedOver(voucher.id()));
            inPerson.setId("vouchers-in-person-" + voucher.id());
            inPerson.getElement().setAttribute("aria-label", getTranslation("vouchers.issue.give.inPersonFor", name));
            var row = table.getBody().addRow();
            row.getElement().setAttribute("data-voucher", voucher.id().toString());
            row.addHeaderCell().getElement().setText(name).setAttribute("scope", "row");
            row.addDataCell().setText(VoucherIssues.pounds(voucher.valuePence()));
            row.addDataCell().add(inPerson);
        }
        var send = new Button(getTranslation("vouchers.issue.give.send", meeting.vouchers().size()),
                e -> ask(meeting));
        send.setId("vouchers-send-codes-" + meeting.meetingId());
        send.addClassName("button-primary");
        section.add(heading, IssueTables.scrolling(table, "vouchers-issue-caption-" + meeting.meetingId(),
                heading.getId().orElseThrow()), send);
        return section;
    }

    private void ask(MeetingToIssue meeting) {
        asked = meeting.meetingId();
        var total = meeting.vouchers().stream().mapToLong(v -> v.valuePence()).sum();
        confirm.ask(getTranslation("vouchers.issue.give.confirm.question", meeting.vouchers().size()),
                getTranslation("vouchers.issue.give.confirm.details", meeting.vouchers().size(),
                        VoucherIssues.pounds(total)),
                getTranslation("vouchers.issue.give.confirm.yes"), getTranslation("vouchers.issue.give.confirm.back"));
    }

    private void sendCodes() {
        confirm.close();
        var meetingId = asked;
        asked = null;
        if (meetingId == null) {
            return;
        }
        try {
            var result = issues.issueMeeting(manager, meetingId);
            var sent = getTranslation("vouchers.issue.give.sent", result.issued(), String.join(", ", result.maskedCodes()));
            status.setText(result.waiting() == 0 ? sent
                    : sent + " " + getTranslation("vouchers.issue.give.waiting", result.waiting()));
        } catch (VoucherRefused refused) {
            status.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
        refresh();
    }

    private void handedOver(UUID voucherId) {
        try {
            issues.handedOver(manager, voucherId);
            status.setText(getTranslation("vouchers.issue.give.handedOver"));
        } catch (VoucherRefused refused) {
            status.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
        refresh();
    }
}
