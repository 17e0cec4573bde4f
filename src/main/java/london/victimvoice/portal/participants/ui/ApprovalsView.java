package london.victimvoice.portal.participants.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.participants.ApprovalRefused;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.ForumRequestStatus;
import london.victimvoice.portal.participants.PendingRegistration;
import london.victimvoice.portal.participants.RegistrationDetails;
import london.victimvoice.portal.security.Roles;

/**
 * Approvers work through new sign-ups, oldest first: open one, then approve it or decline it with a
 * reason. Opening one is recorded in the access audit by the service.
 */
@Route(value = "staff/approvals", layout = StaffLayout.class)
@Menu(title = "menu.approvals", order = 20)
@RolesAllowed(Roles.APPROVER)
class ApprovalsView extends Div implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;
    private static final String ALL = "";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    private final Approvals approvals;
    private final String approver;
    private final RadioButtonGroup<String> forum = new RadioButtonGroup<>();
    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph status = new Paragraph();
    private final Div list = new Div();
    private final Div details = new Div();
    private int offset;

    ApprovalsView(Approvals approvals, ForumDirectory forums, AuthenticationContext authentication) {
        this.approvals = approvals;
        this.approver = authentication.getPrincipalName().orElse("unknown");
        var codes = new ArrayList<String>();
        codes.add(ALL);
        forums.all().forEach(f -> codes.add(f.code()));
        forum.setLabel(getTranslation("approvals.filter"));
        forum.setItems(codes);
        forum.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("approvals.filter.all") : forumName(code));
        forum.setValue(ALL);
        forum.setId("approvals-forum");
        forum.addValueChangeListener(e -> {
            offset = 0;
            showList();
        });
        status.getElement().setAttribute("role", "status");
        status.addClassName("form-status");
        details.setId("approvals-details");
        add(errors, new H1(getTranslation("approvals.heading")), new Paragraph(getTranslation("approvals.intro")), forum,
                status, list, details);
        showList();
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "approvals.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }

    private void showList() {
        clearErrors();
        list.removeAll();
        var filter = forum.getValue() == null || forum.getValue().isEmpty() ? null : forum.getValue();
        var page = approvals.pending(filter, offset, PAGE_SIZE + 1);
        if (page.isEmpty()) {
            list.add(new Paragraph(getTranslation("approvals.list.empty")));
            return;
        }
        var table = new NativeTable();
        table.addClassName("simple");
        table.setCaptionText(getTranslation("approvals.list.caption"));
        var head = table.getHead().addRow();
        for (var key : new String[] {"approvals.column.name", "approvals.column.submitted", "approvals.column.forums",
                "approvals.column.source", "approvals.column.accessNeeds", "approvals.column.action"}) {
            head.addHeaderCell().getElement().setText(getTranslation(key)).setAttribute("scope", "col");
        }
        for (var registration : page.subList(0, Math.min(PAGE_SIZE, page.size()))) {
            var row = table.getBody().addRow();
            row.addDataCell().setText(registration.chosenName());
            row.addDataCell().setText(TIME.format(registration.submittedAt()));
            row.addDataCell().setText(forumsText(registration.forums()));
            row.addDataCell().setText(source(registration));
            row.addDataCell().setText(labels(registration.accessNeeds().stream().map(n -> n.labelKey()).toList()));
            var open = new Button(getTranslation("approvals.open", registration.chosenName()),
                    e -> showDetails(registration.participantId()));
            row.addDataCell().add(open);
        }
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("approvals.list.caption"));
        list.add(scroll);
        if (offset > 0) {
            list.add(new Button(getTranslation("approvals.previous"), e -> {
                offset = Math.max(0, offset - PAGE_SIZE);
                showList();
            }));
        }
        if (page.size() > PAGE_SIZE) {
            list.add(new Button(getTranslation("approvals.next"), e -> {
                offset += PAGE_SIZE;
                showList();
            }));
        }
    }

    private void showDetails(UUID participantId) {
        clearErrors();
        details.removeAll();
        RegistrationDetails d;
        try {
            d = approvals.open(participantId, approver);
        } catch (ApprovalRefused refused) {
            status.setText(getTranslation(refused.messageKey()));
            showList();
            return;
        }
        var heading = new H2(getTranslation("approvals.details.heading", d.chosenName()));
        heading.getElement().setAttribute("tabindex", "-1");
        var answers = new DescriptionList();
        answers.addClassName("summary-list");
        row(answers, "approvals.details.fullName", d.fullName() == null ? getTranslation("approvals.none") : d.fullName());
        row(answers, "approvals.column.submitted", TIME.format(d.submittedAt()));
        row(answers, "approvals.column.forums", forumsText(d.forums()));
        row(answers, "approvals.details.referral", d.referralKind() == null ? getTranslation("approvals.none")
                : getTranslation(d.referralKind().labelKey()) + " – " + d.referralPartner());
        row(answers, "approvals.details.heardFrom", d.heardFrom() == null ? getTranslation("approvals.none")
                : getTranslation("join.heardFrom." + d.heardFrom()));
        row(answers, "approvals.column.accessNeeds", labels(d.accessNeeds().stream().map(n -> n.labelKey()).toList()));
        if (!d.accessNeedsOther().isEmpty()) {
            row(answers, "approvals.details.accessNeedsOther", d.accessNeedsOther());
        }
        row(answers, "approvals.details.language", d.preferredLanguage().isEmpty() ? getTranslation("approvals.none")
                : d.preferredLanguage());
        row(answers, "approvals.details.channels",
                labels(d.safeChannels().stream().map(c -> "join.safety.channel." + c.name()).toList()));

        var confirm = new Div();
        confirm.setId("approvals-confirm");
        var approve = new Button(getTranslation("approvals.approve"), e -> ask(confirm,
                getTranslation("approvals.confirm.approve", d.chosenName()), getTranslation("approvals.confirm.yesApprove"),
                () -> decided(approvals.approve(d.participantId(), approver), "approvals.approved", d.chosenName())));
        approve.addClassName("button-primary");
        approve.setId("approvals-approve");
        var reason = new TextArea(getTranslation("approvals.reason"));
        reason.setHelperText(getTranslation("approvals.reason.hint", Approvals.REASON_MAX_LENGTH));
        reason.setMaxLength(Approvals.REASON_MAX_LENGTH);
        reason.setId("approvals-reason");
        var decline = new Button(getTranslation("approvals.decline"), e -> {
            if (reason.getValue().isBlank()) {
                refuse(reason, ApprovalRefused.REASON_MISSING);
                return;
            }
            clearErrors();
            ask(confirm, getTranslation("approvals.confirm.decline", d.chosenName()),
                    getTranslation("approvals.confirm.yesDecline"), () -> {
                        try {
                            decided(approvals.decline(d.participantId(), approver, reason.getValue()),
                                    "approvals.declined", d.chosenName());
                        } catch (ApprovalRefused refused) {
                            confirm.removeAll();
                            refuse(reason, refused.messageKey());
                        }
                    });
        });
        decline.setId("approvals-decline");
        details.add(heading, answers, approve, reason, decline, confirm);
        heading.getElement().callJsFunction("focus");
    }

    private void ask(Div confirm, String question, String yes, Runnable action) {
        confirm.removeAll();
        var go = new Button(yes, e -> {
            try {
                action.run();
            } catch (ApprovalRefused refused) {
                details.removeAll();
                status.setText(getTranslation(refused.messageKey()));
                showList();
            }
        });
        go.addClassName("button-primary");
        go.setId("approvals-confirm-yes");
        var cancel = new Button(getTranslation("approvals.confirm.cancel"), e -> confirm.removeAll());
        confirm.add(new Paragraph(question), go, cancel);
        go.focus();
    }

    private void decided(boolean told, String key, String name) {
        details.removeAll();
        status.setText(getTranslation(key, name) + " "
                + getTranslation(told ? "approvals.told" : "approvals.notTold"));
        showList();
    }

    /** The error summary at the top takes focus and links back to the reason, as on every form of the portal. */
    private void refuse(TextArea reason, String key) {
        errors.clear();
        errors.add(reason, getTranslation(key, Approvals.REASON_MAX_LENGTH));
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void clearErrors() {
        if (errors.hasErrors()) {
            errors.clear();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    private void row(DescriptionList answers, String key, @Nullable String value) {
        var term = new DescriptionList.Term(getTranslation(key));
        term.addClassName("summary-list__key");
        var description = new DescriptionList.Description(value == null ? "" : value);
        description.addClassName("summary-list__value");
        var row = new Div(term, description);
        row.addClassName("summary-list__row");
        answers.add(row);
    }

    private String source(PendingRegistration r) {
        if (r.referralKind() != null) {
            return getTranslation(r.referralKind().labelKey());
        }
        return r.heardFrom() == null ? getTranslation("approvals.none") : getTranslation("join.heardFrom." + r.heardFrom());
    }

    private String forumsText(Map<String, ForumRequestStatus> forums) {
        return forums.entrySet().stream()
                .map(e -> getTranslation("approvals.forumStatus", forumName(e.getKey()), getTranslation(e.getValue().labelKey())))
                .collect(Collectors.joining("; "));
    }

    private String forumName(String code) {
        return getTranslation("forum." + code + ".name");
    }

    private String labels(Collection<String> keys) {
        return keys.isEmpty() ? getTranslation("approvals.none")
                : keys.stream().map(this::getTranslation).collect(Collectors.joining(", "));
    }
}
