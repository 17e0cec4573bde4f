package london.victimvoice.portal.voice.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumSummary;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.ActionStatus;
import london.victimvoice.portal.voice.WeDid;
import london.victimvoice.portal.voice.WeDidEntry;

/**
 * Every "you said, we did" entry, most recently changed first, narrowed by forum and status with
 * plain links (so the choice is in the address and works without a script). Coordinators see all
 * and may change their forums'; partners only read, so they get no "add" link.
 */
@Route(value = WeDidListView.PATH, layout = StaffLayout.class)
@Menu(title = "menu.weDid", order = 50)
@RolesAllowed({Roles.COORDINATOR, Roles.APPROVER, Roles.ADMIN, Roles.PARTNER})
class WeDidListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "staff/we-did";
    static final String FORUM = "forum";
    static final String STATUS = "status";

    private final WeDid weDid;
    private final List<String> forumCodes;
    private final Div content = new Div();

    WeDidListView(WeDid weDid, ForumDirectory forums, AuthenticationContext authentication) {
        this.weDid = weDid;
        this.forumCodes = forums.all().stream().map(ForumSummary::code).toList();
        var writes = WeDidStaff.writes(authentication);
        add(new H1(getTranslation("voice.weDid.list.heading")),
                new Paragraph(getTranslation(writes ? "voice.weDid.list.intro" : "voice.weDid.list.introPartner")));
        if (writes) {
            var addLink = new Anchor(NewWeDidView.PATH, getTranslation("voice.weDid.list.add"));
            addLink.setId("we-did-add");
            add(new Paragraph(addLink));
        }
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var forum = query.getSingleParameter(FORUM).filter(forumCodes::contains).orElse(null);
        var status = query.getSingleParameter(STATUS).flatMap(WeDidListView::status).orElse(null);
        content.removeAll();
        content.add(forumFilter(forum, status), statusFilter(forum, status));
        var all = weDid.all();
        var shown = all.stream().filter(e -> forum == null || e.forumCodes().contains(forum))
                .filter(e -> status == null || e.status() == status).toList();
        if (shown.isEmpty()) {
            var none = new Paragraph(getTranslation(all.isEmpty() ? "voice.weDid.list.none" : "voice.weDid.list.noneMatch"));
            none.setId("we-did-none");
            content.add(none);
            return;
        }
        content.add(table(shown));
    }

    private static Optional<ActionStatus> status(String code) {
        try {
            return Optional.of(ActionStatus.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String link(@Nullable String forum, @Nullable ActionStatus status) {
        var parameters = new java.util.LinkedHashMap<String, String>();
        if (forum != null) {
            parameters.put(FORUM, forum);
        }
        if (status != null) {
            parameters.put(STATUS, status.code());
        }
        var query = QueryParameters.simple(parameters).getQueryString();
        return query.isEmpty() ? PATH : PATH + "?" + query;
    }

    private Nav forumFilter(@Nullable String forum, @Nullable ActionStatus status) {
        var items = new UnorderedList();
        items.add(new ListItem(choice(getTranslation("voice.weDid.list.allForums"), link(null, status), forum == null,
                "we-did-forum-all")));
        for (var code : forumCodes) {
            items.add(new ListItem(choice(WeDidTexts.forum(this, code), link(code, status), code.equals(forum),
                    "we-did-forum-" + code)));
        }
        return nav(items, "voice.weDid.list.filterForum");
    }

    private Nav statusFilter(@Nullable String forum, @Nullable ActionStatus status) {
        var items = new UnorderedList();
        items.add(new ListItem(choice(getTranslation("voice.weDid.list.allStatuses"), link(forum, null),
                status == null, "we-did-status-all")));
        for (var each : ActionStatus.values()) {
            items.add(new ListItem(choice(WeDidTexts.status(this, each), link(forum, each), each == status,
                    "we-did-status-" + each.code())));
        }
        return nav(items, "voice.weDid.list.filterStatus");
    }

    private Nav nav(UnorderedList items, String labelKey) {
        var label = new Paragraph(getTranslation(labelKey));
        label.addClassName("filter-label");
        var nav = new Nav(label, items);
        nav.addClassName("filter-links");
        nav.getElement().setAttribute("aria-label", getTranslation(labelKey));
        return nav;
    }

    private static Anchor choice(String text, String href, boolean current, String id) {
        var anchor = new Anchor(href, text);
        anchor.setId(id);
        if (current) {
            anchor.getElement().setAttribute("aria-current", "page");
        }
        return anchor;
    }

    private Div table(List<WeDidEntry> entries) {
        var table = new NativeTable();
        table.setId("we-did-table");
        table.addClassName("simple");
        table.setCaptionText(getTranslation("voice.weDid.list.caption"));
        var head = table.getHead().addRow();
        for (var key : List.of("said", "willDo", "owner", "status", "due", "forums", "changed")) {
            head.addHeaderCell().getElement().setText(getTranslation("voice.weDid.list.column." + key))
                    .setAttribute("scope", "col");
        }
        for (var entry : entries) {
            var row = table.getBody().addRow();
            row.setId("we-did-row-" + entry.id());
            var open = new Anchor(WeDidEntryView.PATH_PREFIX + entry.id(),
                    WeDidTexts.value(this, WeDidTexts.shortened(entry.said())));
            open.setId("we-did-open-" + entry.id());
            row.addDataCell().add(open);
            row.addDataCell().setText(WeDidTexts.value(this, WeDidTexts.shortened(entry.willDo())));
            row.addDataCell().setText(WeDidTexts.owner(this, entry.owner()));
            var status = WeDidTexts.status(this, entry.status());
            row.addDataCell().setText(entry.statusReason() == null ? status : getTranslation(
                    "voice.weDid.list.statusWithReason", status, WeDidTexts.shortened(entry.statusReason())));
            row.addDataCell().setText(WeDidTexts.due(this, entry.dueOn()));
            row.addDataCell().setText(WeDidTexts.forums(this, entry.forumCodes()));
            row.addDataCell().setText(WeDidTexts.value(this, LondonTimes.dayWithYear(entry.updatedAt())));
        }
        return WeDidTexts.scrolling(table, "we-did-caption");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "voice.weDid.list.title");
    }
}
