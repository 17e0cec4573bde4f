package london.victimvoice.portal.vouchers.ui;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.vouchers.CodeFileRefused;
import london.victimvoice.portal.vouchers.CodeStock;
import london.victimvoice.portal.vouchers.CodesLoaded;
import london.victimvoice.portal.vouchers.VoucherCodes;
import london.victimvoice.portal.vouchers.VoucherIssues;

/**
 * Loading the supplier's file of e-voucher codes, and how many free codes there are of each value.
 * The file goes straight from the upload to the check (never kept on disk or held whole), and is
 * stored whole or not at all; its problems are listed with their line numbers.
 */
@Route(value = CodesView.PATH, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class CodesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "staff/vouchers/codes";
    /** Bigger than any file of the most rows allowed, small enough to refuse junk before it arrives. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What a check of a file came to. */
    record Outcome(@Nullable CodesLoaded loaded, @Nullable CodeFileRefused refused, String fileName) {
    }

    private final VoucherCodes codes;
    private final String username;
    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph status = new Paragraph();
    private final Div stock = new Div();

    CodesView(VoucherCodes codes, AuthenticationContext authentication) {
        this.codes = codes;
        this.username = authentication.getPrincipalName().orElse("unknown");
        errors.setId("vouchers-codes-errors");
        status.setId("vouchers-codes-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("form-status");
        stock.setId("vouchers-codes-stock");

        var upload = new Upload();
        upload.setId("vouchers-codes-upload");
        upload.setMaxFiles(1);
        upload.setMaxWidth("100%");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        var choose = new Button(getTranslation("vouchers.issue.codes.choose"));
        choose.setId("vouchers-codes-choose");
        upload.setUploadButton(choose);
        upload.setDropLabel(new Span(getTranslation("vouchers.issue.codes.drop")));
        var ui = UI.getCurrent();
        upload.setUploadHandler(event -> {
            Outcome outcome;
            try (var in = event.getInputStream()) {
                outcome = check(in, event.getFileName());
            }
            var target = event.getUI() != null ? event.getUI() : ui;
            target.access(() -> {
                show(outcome);
                upload.clearFileList();
            });
        });
        upload.addStartedListener(e -> {
            errors.clear();
            getUI().ifPresent(current -> current.getPage().setTitle(getPageTitle()));
            status.setText(getTranslation("vouchers.issue.codes.checking", e.getFileName()));
        });
        upload.addFileRejectedListener(e -> {
            errors.clear();
            errors.add(getTranslation("vouchers.issue.codes.rejected"));
            showErrors();
            status.setText("");
        });

        var back = new Anchor("staff/vouchers", getTranslation("vouchers.issue.back"));
        back.addClassName("back-link");
        var give = new Anchor(IssueView.PATH, getTranslation("vouchers.issue.codes.toIssue"));
        give.setId("vouchers-codes-to-issue");
        var rules = new UnorderedList(new ListItem(getTranslation("vouchers.issue.codes.rule.code")),
                new ListItem(getTranslation("vouchers.issue.codes.rule.value")),
                new ListItem(getTranslation("vouchers.issue.codes.rule.expires")),
                new ListItem(getTranslation("vouchers.issue.codes.rule.rows", codes.maxRows())),
                new ListItem(getTranslation("vouchers.issue.codes.rule.whole")));
        var example = new Pre(getTranslation("vouchers.issue.codes.exampleFile"));
        example.setId("vouchers-codes-example");
        // Wraps at narrow widths rather than making the page scroll sideways.
        example.addClassName("template-preview");
        example.getElement().setAttribute("aria-label", getTranslation("vouchers.issue.codes.exampleLabel"));
        add(back, errors, new H1(getTranslation("vouchers.issue.codes.heading")),
                new Paragraph(getTranslation("vouchers.issue.codes.intro")), rules,
                new Paragraph(getTranslation("vouchers.issue.codes.example")), example,
                new H2(getTranslation("vouchers.issue.codes.uploadHeading")), upload, status,
                new H2(getTranslation("vouchers.issue.codes.stockHeading")), stock, new Paragraph(give));
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "vouchers.issue.codes.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }

    private void showErrors() {
        errors.show();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showStock();
    }

    /** Checks and stores a file; called off the UI thread while the upload arrives. */
    Outcome check(InputStream in, String fileName) {
        try {
            return new Outcome(codes.load(in, fileName, username), null, fileName);
        } catch (CodeFileRefused refused) {
            return new Outcome(null, refused, fileName);
        }
    }

    /** Shows what a check came to, in the UI. */
    void show(Outcome outcome) {
        errors.clear();
        if (outcome.loaded() != null) {
            status.setText(getTranslation("vouchers.issue.codes.loaded", outcome.loaded().codes(), outcome.fileName()));
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
            showStock();
            return;
        }
        var refused = outcome.refused();
        status.setText(getTranslation("vouchers.issue.codes.notLoaded", outcome.fileName()));
        if (refused == null) {
            return;
        }
        if (refused.problems().isEmpty()) {
            errors.add(getTranslation(refused.messageKey(), refused.arguments()));
        } else {
            errors.add(getTranslation(refused.messageKey(), refused.arguments()));
            for (var problem : refused.problems()) {
                errors.add(getTranslation("vouchers.issue.csv.line", problem.line(),
                        getTranslation(problem.messageKey(), problem.args())));
            }
            if (refused.more() > 0) {
                errors.add(getTranslation("vouchers.issue.csv.more", refused.more()));
            }
        }
        showErrors();
    }

    private void showStock() {
        stock.removeAll();
        List<CodeStock> all = codes.stock(username);
        if (all.isEmpty()) {
            var none = new Paragraph(getTranslation("vouchers.issue.codes.noStock"));
            none.setId("vouchers-codes-none");
            stock.add(none);
            return;
        }
        var table = new NativeTable();
        table.setId("vouchers-codes-table");
        table.addClassName("simple");
        table.setCaptionText(getTranslation("vouchers.issue.codes.stockCaption"));
        var head = table.getHead().addRow();
        for (var key : List.of("value", "free", "firstExpiry", "expired")) {
            head.addHeaderCell().getElement().setText(getTranslation("vouchers.issue.codes.column." + key))
                    .setAttribute("scope", "col");
        }
        for (var each : all) {
            var row = table.getBody().addRow();
            row.getElement().setAttribute("data-value", String.valueOf(each.valuePence()));
            row.addHeaderCell().getElement().setText(VoucherIssues.pounds(each.valuePence())).setAttribute("scope", "row");
            row.addDataCell().setText(String.valueOf(each.free()));
            row.addDataCell().setText(day(each.earliestExpiry()));
            row.addDataCell().setText(String.valueOf(each.expired()));
        }
        stock.add(IssueTables.scrolling(table, "vouchers-codes-caption"));
    }

    private String day(@Nullable LocalDate day) {
        return day == null ? getTranslation("vouchers.issue.codes.noExpiry") : DAY.format(day);
    }
}
