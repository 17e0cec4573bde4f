package london.victimvoice.portal.forums.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.forums.ForumSettings;
import london.victimvoice.portal.security.Roles;

/** The forums this coordinator looks after (every forum for an admin): how full, and how many wait. */
@Route(value = ForumListView.PATH, layout = StaffLayout.class)
@Menu(title = "menu.forums", order = 30)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class ForumListView extends Div implements HasDynamicTitle {

    static final String PATH = "staff/forums";

    ForumListView(ForumSettings settings, AuthenticationContext authentication) {
        add(new H1(getTranslation("forums.list.heading")));
        var managed = settings.managedBy(Managers.of(authentication));
        if (managed.isEmpty()) {
            var none = new Paragraph(getTranslation("forums.list.none"));
            none.setId("forums-none");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("forums.list.intro")));
        var table = new NativeTable();
        table.setId("forums-table");
        table.addClassName("simple");
        table.setCaptionText(getTranslation("forums.list.caption"));
        var head = table.getHead().addRow();
        for (var key : new String[] {"forums.column.forum", "forums.column.members", "forums.column.accepting",
                "forums.column.waiting"}) {
            head.addHeaderCell().getElement().setText(getTranslation(key)).setAttribute("scope", "col");
        }
        for (var line : managed) {
            var forum = line.forum();
            var row = table.getBody().addRow();
            var edit = new Anchor(PATH + "/" + forum.code(), getTranslation(forum.nameKey()));
            edit.setId("edit-" + forum.code());
            row.addDataCell().add(edit);
            row.addDataCell().setText(getTranslation("forums.members", line.members(), forum.capacity()));
            row.addDataCell().setText(getTranslation(forum.acceptingMembers() ? "forums.accepting.yes"
                    : "forums.accepting.no"));
            row.addDataCell().setText(String.valueOf(line.waiting()));
        }
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("forums.list.caption"));
        add(scroll);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "forums.list.title");
    }
}
