package london.victimvoice.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;

/**
 * What both layouts share: a skip link first in the tab order and exactly one {@code <main>}
 * landmark that receives the routed view.
 */
abstract class PageShell extends Div implements RouterLayout, AfterNavigationObserver {

    static final String MAIN_ID = "main-content";

    private final Main main = new Main();
    private final Anchor skip;

    PageShell() {
        addClassName("page-shell");
        skip = new Anchor("#" + MAIN_ID, getTranslation("shell.skipToMain"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        main.setId(MAIN_ID);
        main.addClassName("page-main");
        // Lets the skip link move focus into main, not just scroll to it.
        main.getElement().setAttribute("tabindex", "-1");
        add(skip);
    }

    Main main() {
        return main;
    }

    /**
     * Vaadin's {@code <base href>} points at the application root, so a bare "#main-content"
     * would load the start page from any deeper page. The skip link names the current page.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        skip.setHref(event.getLocation().getPathWithQueryParameters() + "#" + MAIN_ID);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }

    static Component footerLink(String href, String text) {
        return new Anchor(href, text);
    }
}
