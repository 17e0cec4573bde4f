package london.victimvoice.portal.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Vaadin 25 applies no theme by default, so Lumo and the portal's own
 * stylesheet are named here.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
@Meta(name = "theme-color", content = "#0b0c0c")
public class AppShell implements AppShellConfigurator {

    /** A plain dot: the browser tab must not hint at what the site is about. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
