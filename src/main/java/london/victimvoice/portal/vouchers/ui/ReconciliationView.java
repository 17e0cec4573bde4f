package london.victimvoice.portal.vouchers.ui;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.vouchers.BudgetTotals;
import london.victimvoice.portal.vouchers.FinancialYear;
import london.victimvoice.portal.vouchers.Reconciliation;
import london.victimvoice.portal.vouchers.ReconciliationCounts;
import london.victimvoice.portal.vouchers.ReconciliationFilter;
import london.victimvoice.portal.vouchers.ReconciliationLine;
import london.victimvoice.portal.vouchers.ReconciliationStaff;
import london.victimvoice.portal.vouchers.Sponsor;
import london.victimvoice.portal.vouchers.VoucherReconciliation;

/**
 * Reconciliation for approvers and admins: a financial year (this one first), and optionally a
 * sponsor, a forum and (through a meeting's link) one meeting, all kept in the address so a view
 * can be shared and the back button works. A table with a row per meeting and a totals row, the
 * year's budget per sponsor, and the same vouchers as CSV for finance. Each opening is audited by
 * the service as a look; each file made, when it is made, as an export.
 */
@Route(value = ReconciliationView.PATH, layout = StaffLayout.class)
@RolesAllowed({Roles.APPROVER, Roles.ADMIN})
public class ReconciliationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "staff/vouchers/reconciliation";
    static final String YEAR = "year";
    static final String SPONSOR = "sponsor";
    static final String FORUM = "forum";
    static final String MEETING = "meeting";
    private static final String[] COLUMNS = {"forum", "day", "requested", "approved", "issued", "confirmed",
            "outstanding", "value"};

    private final VoucherReconciliation reconciliation;
    private final AuthenticationContext authentication;
    final Select<FinancialYear> year = new Select<>();
    final Select<Sponsor> sponsor = new Select<>();
    final Select<String> forum = new Select<>();
    private final Div results = new Div();
    private final Anchor csv;
    private ReconciliationFilter filter;
    /** True while the page sets the fields itself, so that is not taken for someone choosing. */
    private boolean drawing;

    ReconciliationView(VoucherReconciliation reconciliation, AuthenticationContext authentication) {
        this.reconciliation = reconciliation;
        this.authentication = authentication;
        this.filter = ReconciliationFilter.of(reconciliation.currentYear());
        year.setId("reconciliation-year");
        year.setLabel(getTranslation("vouchers.reconciliation.year"));
        year.setItemLabelGenerator(FinancialYear::label);
        sponsor.setId("reconciliation-sponsor");
        sponsor.setLabel(getTranslation("vouchers.reconciliation.sponsor"));
        sponsor.setItems(Sponsor.values());
        sponsor.setEmptySelectionAllowed(true);
        sponsor.setEmptySelectionCaption(getTranslation("vouchers.reconciliation.allSponsors"));
        sponsor.setItemLabelGenerator(s -> s == null ? getTranslation("vouchers.reconciliation.allSponsors")
                : sponsorName(s));
        forum.setId("reconciliation-forum");
        forum.setLabel(getTranslation("vouchers.reconciliation.forum"));
        forum.setEmptySelectionAllowed(true);
        forum.setEmptySelectionCaption(getTranslation("vouchers.reconciliation.allForums"));
        forum.setItemLabelGenerator(code -> code == null ? getTranslation("vouchers.reconciliation.allForums")
                : forumName(code));
        year.addValueChangeListener(e -> chosen());
        sponsor.addValueChangeListener(e -> chosen());
        forum.addValueChangeListener(e -> chosen());
        var filters = new Div(year, sponsor, forum);
        filters.addClassName("reconciliation-filters");
        filters.setId("reconciliation-filters");
        csv = new Anchor(DownloadHandler.fromInputStream(event -> export()),
                getTranslation("vouchers.reconciliation.csv"));
        csv.setId("reconciliation-csv");
        csv.getElement().setAttribute("download", true);
        add(new H1(getTranslation("vouchers.reconciliation.heading")),
                new Paragraph(getTranslation("vouchers.reconciliation.intro")), filters, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = filterFrom(event.getLocation().getQueryParameters(), reconciliation.currentYear());
        show(reconciliation.report(staff(), filter));
    }

    /** What the address asks for; anything that does not make sense there is left at its default. */
    static ReconciliationFilter filterFrom(QueryParameters query, FinancialYear current) {
        var chosenYear = query.getSingleParameter(YEAR).flatMap(ReconciliationView::year).orElse(current);
        var chosenSponsor = query.getSingleParameter(SPONSOR).flatMap(ReconciliationView::sponsor).orElse(null);
        var chosenForum = query.getSingleParameter(FORUM).filter(f -> f.matches("[a-z0-9-]{1,40}")).orElse(null);
        var chosenMeeting = query.getSingleParameter(MEETING).flatMap(ReconciliationView::uuid).orElse(null);
        return new ReconciliationFilter(chosenYear, chosenSponsor, chosenForum, chosenMeeting);
    }

    /** The address of a filter, parameters left out where they are the default. */
    static String location(ReconciliationFilter filter) {
        return PATH + "?" + query(filter).getQueryString();
    }

    static QueryParameters query(ReconciliationFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(YEAR, Integer.toString(filter.year().startYear()));
        if (filter.sponsor() != null) {
            parameters.put(SPONSOR, filter.sponsor().name());
        }
        if (filter.forumCode() != null) {
            parameters.put(FORUM, filter.forumCode());
        }
        if (filter.meetingId() != null) {
            parameters.put(MEETING, filter.meetingId().toString());
        }
        return QueryParameters.simple(parameters);
    }

    private void chosen() {
        if (drawing || year.getValue() == null) {
            return;
        }
        // A new year, sponsor or forum starts again from all its meetings.
        var next = new ReconciliationFilter(year.getValue(), sponsor.getValue(), forum.getValue(), null);
        UI.getCurrent().navigate(ReconciliationView.class, query(next));
    }

    private void show(Reconciliation report) {
        drawing = true;
        try {
            year.setItems(report.years());
            year.setValue(report.filter().year());
            forum.setItems(report.forumCodes());
            sponsor.setValue(report.filter().sponsor());
            var chosenForum = report.filter().forumCode();
            forum.setValue(chosenForum != null && report.forumCodes().contains(chosenForum) ? chosenForum : null);
        } finally {
            drawing = false;
        }
        results.removeAll();
        var label = report.filter().year().label();
        if (report.filter().meetingId() != null) {
            var one = new Paragraph(getTranslation("vouchers.reconciliation.oneMeeting"));
            one.setId("reconciliation-one-meeting");
            var all = new Anchor(location(new ReconciliationFilter(report.filter().year(), report.filter().sponsor(),
                    report.filter().forumCode(), null)), getTranslation("vouchers.reconciliation.allMeetings"));
            all.setId("reconciliation-all-meetings");
            results.add(one, new Paragraph(all));
        }
        results.add(new H2(getTranslation("vouchers.reconciliation.meetingsHeading", label)));
        if (report.lines().isEmpty()) {
            var none = new Paragraph(getTranslation("vouchers.reconciliation.none"));
            none.setId("reconciliation-none");
            results.add(none);
        }
        results.add(meetings(report));
        results.add(new Paragraph(csv));
        results.add(new H2(getTranslation("vouchers.reconciliation.budgetsHeading", label)),
                new Paragraph(getTranslation("vouchers.reconciliation.budgetsIntro")), budgets(report.budgets()));
    }

    private Component meetings(Reconciliation report) {
        var table = new NativeTable();
        table.addClassName("simple");
        table.setId("reconciliation-table");
        var caption = getTranslation("vouchers.reconciliation.caption", report.filter().year().label(),
                report.filter().sponsor() == null ? getTranslation("vouchers.reconciliation.allSponsors")
                        : sponsorName(report.filter().sponsor()),
                report.filter().forumCode() == null ? getTranslation("vouchers.reconciliation.allForums")
                        : forumName(report.filter().forumCode()));
        table.setCaptionText(caption);
        var head = table.getHead().addRow();
        for (var column : COLUMNS) {
            head.addHeaderCell().getElement().setText(getTranslation("vouchers.reconciliation.column." + column))
                    .setAttribute("scope", "col");
        }
        for (ReconciliationLine line : report.lines()) {
            var row = table.getBody().addRow();
            row.getElement().setAttribute("data-meeting", line.meetingId().toString());
            row.addHeaderCell().getElement().setText(forumName(line.forumCode())).setAttribute("scope", "row");
            var day = LondonTimes.dayWithYear(line.meetingDay().atStartOfDay(LondonTimes.LONDON).toInstant());
            var only = new ReconciliationFilter(report.filter().year(), report.filter().sponsor(),
                    report.filter().forumCode(), line.meetingId());
            var link = new Anchor(location(only), day);
            link.setId("reconciliation-meeting-" + line.meetingId());
            link.getElement().setAttribute("aria-label", getTranslation("vouchers.reconciliation.meetingLink", day,
                    forumName(line.forumCode())));
            var dayCell = row.addDataCell();
            dayCell.add(link);
            if (report.filter().sponsor() == null && report.lines().stream().map(ReconciliationLine::sponsor)
                    .distinct().count() > 1) {
                dayCell.add(new Paragraph(sponsorName(line.sponsor())));
            }
            counts(row, line.counts());
        }
        var totals = table.getFoot().addRow();
        totals.setId("reconciliation-totals");
        totals.addHeaderCell().getElement().setText(getTranslation("vouchers.reconciliation.total"))
                .setAttribute("scope", "row").setAttribute("colspan", "2");
        counts(totals, report.totals());
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", caption);
        return scroll;
    }

    private void counts(NativeTableRow row, ReconciliationCounts counts) {
        for (var n : List.of(counts.requested(), counts.approved(), counts.issued(), counts.confirmed(),
                counts.outstanding())) {
            row.addDataCell().setText(getTranslation("vouchers.reconciliation.number", n));
        }
        row.addDataCell().setText(money(counts.valuePence()));
    }

    private Component budgets(List<BudgetTotals> budgets) {
        var table = new NativeTable();
        table.addClassName("simple");
        table.setId("reconciliation-budgets");
        var caption = getTranslation("vouchers.reconciliation.budgetsCaption", filter.year().label());
        table.setCaptionText(caption);
        var head = table.getHead().addRow();
        for (var column : new String[] {"sponsor", "budget", "override", "spent", "available"}) {
            head.addHeaderCell().getElement().setText(getTranslation("vouchers.reconciliation.budget." + column))
                    .setAttribute("scope", "col");
        }
        for (var budget : budgets) {
            var row = table.getBody().addRow();
            row.setId("reconciliation-budget-" + budget.sponsor().name());
            row.addHeaderCell().getElement().setText(sponsorName(budget.sponsor())).setAttribute("scope", "row");
            row.addDataCell().setText(money(budget.budgetPence()));
            row.addDataCell().setText(money(budget.allowancePence()));
            row.addDataCell().setText(money(budget.spentPence()));
            row.addDataCell().setText(money(budget.availablePence()));
        }
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", caption);
        return scroll;
    }

    /** The file for the filter on the page, made (and audited as exported) only when it is asked for. */
    DownloadResponse export() {
        var current = filter;
        var bytes = reconciliation.csv(staff(), current).getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(bytes), VoucherReconciliation.fileName(current),
                "text/csv;charset=UTF-8", bytes.length);
    }

    ReconciliationFilter filter() {
        return filter;
    }

    private ReconciliationStaff staff() {
        return new ReconciliationStaff(authentication.getPrincipalName().orElse("unknown"),
                Roles.STAFF.stream().filter(authentication::hasRole).collect(Collectors.toSet()));
    }

    private String sponsorName(Sponsor s) {
        return getTranslation("vouchers.reconciliation.sponsor." + s.name());
    }

    private String forumName(String code) {
        var name = getTranslation("forum." + code + ".name");
        // An unknown code is shown as it is rather than as a missing-translation marker.
        return name.startsWith("!") ? code : name;
    }

    static String money(long pence) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(BigDecimal.valueOf(pence, 2));
    }

    private static Optional<FinancialYear> year(String text) {
        try {
            return Optional.of(new FinancialYear(Integer.parseInt(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Sponsor> sponsor(String text) {
        try {
            return Optional.of(Sponsor.valueOf(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
        return PageTitles.of(this, "vouchers.reconciliation.title");
    }
}
