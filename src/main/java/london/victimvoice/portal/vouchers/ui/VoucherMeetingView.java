package london.victimvoice.portal.vouchers.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
import london.victimvoice.portal.vouchers.SignOffLine;
import london.victimvoice.portal.vouchers.SignOffSheet;
import london.victimvoice.portal.vouchers.SignOffViewer;
import london.victimvoice.portal.vouchers.VoucherRefused;
import london.victimvoice.portal.vouchers.VoucherSignOffs;
import london.victimvoice.portal.vouchers.VoucherStatus;

/**
 * A meeting's vouchers: each person's chosen name (as text), status, value and masked code.
 * Approvers sign off one voucher or every waiting one after a confirmation stating the count and
 * the money; a voucher for attendance they recorded has no button, and the service refuses it
 * anyway. Coordinators read the page for their forums' meetings only.
 */
@Route(value = "staff/vouchers/meetings/:" + VoucherMeetingView.MEETING_ID, layout = StaffLayout.class)
@RolesAllowed({ Roles.APPROVER, Roles.COORDINATOR, Roles.ADMIN })
class VoucherMeetingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String MEETING_ID = "meetingId";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final VoucherSignOffs signOffs;
    private final AuthenticationContext authentication;
    private final ErrorSummary errors = new ErrorSummary();
    private final H1 heading = new H1();
    private final Paragraph status = new Paragraph();
    private final Div content = new Div();
    private final ConfirmDialog confirm = new ConfirmDialog("sign-off-all");
    private @Nullable SignOffSheet shown;

    VoucherMeetingView(VoucherSignOffs signOffs, AuthenticationContext authentication) {
        this.signOffs = signOffs;
        this.authentication = authentication;
        var back = new Anchor(VouchersView.PATH, getTranslation("vouchers.approval.meeting.back"));
        back.addClassName("back-link");
        status.setId("vouchers-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("form-status");
        content.setId("vouchers-meeting");
        confirm.confirmButton().addClickListener(e -> signOffAll());
        add(back, errors, heading, status, content, confirm);
    }

    static String pathOf(UUID meetingId) {
        return "staff/vouchers/meetings/" + meetingId;
    }

    /** "Tuesday 18 March 2031" */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var sheet = event.getRouteParameters().get(MEETING_ID).flatMap(VoucherMeetingView::uuid)
                .flatMap(id -> signOffs.open(viewer(), id));
        status.setText("");
        errors.clear();
        if (sheet.isEmpty()) {
            shown = null;
            heading.setText(getTranslation("vouchers.approval.meeting.unknown"));
            content.removeAll();
            return;
        }
        show(sheet.get());
    }

    private SignOffViewer viewer() {
        return Viewers.of(authentication);
    }

    private void show(SignOffSheet sheet) {
        shown = sheet;
        var viewer = viewer();
        heading.setText(getTranslation("vouchers.approval.meeting.heading", forum(sheet),
                LondonTimes.dayWithYear(sheet.startsAt())));
        content.removeAll();
        content.add(Viewers.warnings(this, signOffs.warnings(viewer)));
        content.add(new Paragraph(getTranslation("vouchers.approval.meeting.year", sheet.year().label())));
        if (sheet.lines().isEmpty()) {
            var empty = new Paragraph(getTranslation("vouchers.approval.meeting.empty"));
            empty.setId("vouchers-meeting-empty");
            content.add(empty);
            return;
        }
        if (!viewer.approver()) {
            var readOnly = new Paragraph(getTranslation("vouchers.approval.meeting.readOnly"));
            readOnly.addClassName("hint");
            content.add(readOnly);
        } else if (sheet.lines().stream().anyMatch(l -> l.recordedByYou() && l.status() == VoucherStatus.REQUESTED)) {
            var own = new Paragraph(getTranslation("vouchers.approval.meeting.fourEyes"));
            own.setId("vouchers-four-eyes");
            own.addClassName("voice-notice");
            content.add(own);
        }
        content.add(table(sheet, viewer.approver()));
        if (viewer.approver() && sheet.waiting() > 0) {
            var all = new Button(getTranslation("vouchers.approval.signOffAll"), e -> askToSignOffAll());
            all.setId("vouchers-sign-off-all");
            all.addClassName("button-primary");
            var actions = new Div(all);
            actions.addClassName("form-actions");
            content.add(actions);
        }
    }

    private Div table(SignOffSheet sheet, boolean approver) {
        var table = new NativeTable();
        table.addClassName("simple");
        table.setCaptionText(getTranslation("vouchers.approval.meeting.caption"));
        var head = table.getHead().addRow();
        var columns = new ArrayList<>(List.of("name", "status", "value", "code"));
        if (approver) {
            columns.add("action");
        }
        for (var key : columns) {
            head.addHeaderCell().getElement().setText(getTranslation("vouchers.approval.column." + key))
                    .setAttribute("scope", "col");
        }
        for (var line : sheet.lines()) {
            var row = table.getBody().addRow();
            row.getElement().setAttribute("data-voucher", line.voucherId().toString());
            row.addDataCell().setText(name(line));
            row.addDataCell().setText(getTranslation("vouchers.approval.status." + line.status().name()));
            row.addDataCell().setText(Viewers.money(line.valuePence()));
            var masked = line.maskedCode();
            row.addDataCell().setText(masked == null ? getTranslation("vouchers.approval.noCode") : masked);
            if (approver) {
                var cell = row.addDataCell();
                if (line.mayBeSignedOff()) {
                    var button = new Button(getTranslation("vouchers.approval.signOff"), e -> signOff(line));
                    button.setId("vouchers-sign-off-" + line.voucherId());
                    button.getElement().setAttribute("aria-label",
                            getTranslation("vouchers.approval.signOffNamed", name(line)));
                    cell.add(button);
                } else if (line.recordedByYou() && line.status() == VoucherStatus.REQUESTED) {
                    cell.setText(getTranslation("vouchers.approval.recordedByYou"));
                }
            }
        }
        var scroll = new Div(table);
        scroll.setId("vouchers-lines");
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("vouchers.approval.meeting.caption"));
        return scroll;
    }

    private String name(SignOffLine line) {
        var name = line.chosenName();
        return name == null ? getTranslation("vouchers.approval.formerMember") : name;
    }

    private void signOff(SignOffLine line) {
        var sheet = shown;
        if (sheet == null) {
            return;
        }
        clearErrors();
        try {
            signOffs.signOff(viewer(), line.voucherId());
            reshow(sheet);
            status.setText(getTranslation("vouchers.approval.done.one", name(line)));
        } catch (VoucherRefused refused) {
            refuse(sheet, refused);
        }
    }

    private void askToSignOffAll() {
        var sheet = shown;
        if (sheet == null) {
            return;
        }
        clearErrors();
        var signable = sheet.signable();
        if (signable.isEmpty()) {
            // Nothing this approver may sign: the service says why in words.
            signOffAll();
            return;
        }
        confirm.ask(getTranslation("vouchers.approval.confirm.question", signable.size()),
                getTranslation("vouchers.approval.confirm.details", signable.size(),
                        Viewers.money(sheet.signableValuePence())),
                getTranslation("vouchers.approval.confirm.yes"), getTranslation("vouchers.approval.confirm.back"));
    }

    private void signOffAll() {
        var sheet = shown;
        confirm.close();
        if (sheet == null) {
            return;
        }
        try {
            var batch = signOffs.signOffMeeting(viewer(), sheet.meetingId());
            reshow(sheet);
            var said = batch.budgetRanOut()
                    ? getTranslation("vouchers.approval.done.budget", batch.signedOff(), batch.waiting(),
                            Viewers.sponsor(this, batch.sponsor()), batch.year().label())
                    : getTranslation("vouchers.approval.done.all", batch.signedOff());
            if (batch.recordedByYou() > 0) {
                said += " " + getTranslation("vouchers.approval.done.own", batch.recordedByYou());
            }
            status.setText(said);
        } catch (VoucherRefused refused) {
            refuse(sheet, refused);
        }
    }

    private void reshow(SignOffSheet sheet) {
        signOffs.sheet(viewer(), sheet.meetingId()).ifPresent(this::show);
    }

    private void refuse(SignOffSheet sheet, VoucherRefused refused) {
        reshow(sheet);
        status.setText("");
        errors.add(Viewers.refusal(this, refused));
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void clearErrors() {
        status.setText("");
        if (errors.hasErrors()) {
            errors.clear();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    private String forum(SignOffSheet sheet) {
        return getTranslation("forum." + sheet.forumCode() + ".name");
    }

    ConfirmDialog confirmDialog() {
        return confirm;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        var sheet = shown;
        // Named after the meeting, so each meeting's page has its own title.
        var title = sheet == null ? PageTitles.of(this, "vouchers.approval.meeting.title")
                : getTranslation("shell.title", getTranslation("vouchers.approval.meeting.heading", forum(sheet),
                        LondonTimes.dayWithYear(sheet.startsAt())));
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
