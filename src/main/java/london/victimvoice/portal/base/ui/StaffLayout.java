package london.victimvoice.portal.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The layout of every staff page. The menu lists only the views the signed-in person may open:
 * each view declares itself with {@code @Menu}, so adding a feature never edits this class.
 * Open to everyone (the sign-in page uses it): each view sets its own access.
 */
@AnonymousAllowed
public class StaffLayout extends PageShell implements AfterNavigationObserver {

    private final UnorderedList menu = new UnorderedList();

    StaffLayout(AuthenticationContext authentication, SessionTimeouts timeouts) {
        addClassName("staff-layout");
        main().addClassName("page-main--wide");
        var header = new Header();
        header.addClassName("page-header");
        var home = new Anchor("staff", getTranslation("shell.staff.serviceName"));
        home.addClassName("service-name");
        var nav = new Nav(menu);
        nav.addClassName("staff-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.staff.menu"));
        header.add(home, nav);
        if (authentication.isAuthenticated()) {
            var signOut = new Button(getTranslation("shell.signOut"), e -> authentication.logout());
            signOut.addClassName("sign-out");
            header.add(signOut);
        }
        add(header, main());
        if (authentication.isAuthenticated()) {
            add(timeouts.warning("/staff/sign-in"));
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        menu.removeAll();
        var current = event.getLocation().getPath();
        for (var entry : MenuConfiguration.getMenuEntries()) {
            var link = new Anchor(entry.path(), getTranslation(entry.title()));
            if (entry.path().replaceFirst("^/", "").equals(current)) {
                link.getElement().setAttribute("aria-current", "page");
            }
            menu.add(new ListItem(link));
        }
    }
}
