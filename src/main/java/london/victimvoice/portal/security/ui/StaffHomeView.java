package london.victimvoice.portal.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.security.Roles;

/** Where staff land after signing in; the menu shows what their role may open. */
@Route(value = "staff", layout = StaffLayout.class)
@Menu(title = "menu.staffHome", order = 0)
@RolesAllowed({Roles.COORDINATOR, Roles.APPROVER, Roles.SUPPORT, Roles.PARTNER, Roles.ADMIN})
class StaffHomeView extends Div implements HasDynamicTitle {

    StaffHomeView(AuthenticationContext authentication) {
        var name = authentication.getPrincipalName().orElse("");
        add(new H1(getTranslation("staff.home.heading")),
                new Paragraph(getTranslation("staff.home.signedInAs", name)),
                new Paragraph(getTranslation("staff.home.intro")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "staff.home.title");
    }
}
