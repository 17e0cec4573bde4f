package london.victimvoice.portal.voice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.LondonTimes;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.Consultations;

/** Every consultation, newest first; coordinators and admins can start one. */
@Route(value = AuthoringPages.CONSULTATIONS, layout = StaffLayout.class)
@Menu(title = "voice.authoring.menu.consultations", order = 52)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.APPROVER})
class ConsultationsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Consultations consultations;
    private final AuthenticationContext authentication;

    ConsultationsView(Consultations consultations, AuthenticationContext authentication) {
        this.consultations = consultations;
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("voice.authoring.consultations.heading")),
                new Paragraph(getTranslation("voice.authoring.consultations.intro")));
        if (AuthoringPages.staff(authentication).mayCreate()) {
            var start = new Anchor(AuthoringPages.NEW_CONSULTATION, getTranslation("voice.authoring.consultations.start"));
            start.setId("consultations-start");
            start.addClassName("button-primary");
            add(new Paragraph(start));
        }
        var all = consultations.list();
        if (all.isEmpty()) {
            var none = new Paragraph(getTranslation("voice.authoring.consultations.none"));
            none.setId("consultations-none");
            add(none);
            return;
        }
        var table = new NativeTable();
        table.addClassName("simple");
        table.setId("consultations-table");
        var caption = getTranslation("voice.authoring.consultations.caption");
        table.setCaptionText(caption);
        var head = table.getHead().addRow();
        for (var key : new String[] {"title", "questions", "started"}) {
            head.addHeaderCell().getElement().setText(getTranslation("voice.authoring.consultations.column." + key))
                    .setAttribute("scope", "col");
        }
        for (var consultation : all) {
            var row = table.getBody().addRow();
            var link = new Anchor(AuthoringPages.CONSULTATIONS + "/" + consultation.id(), consultation.title());
            link.setId("consultation-link-" + consultation.id());
            row.addDataCell().add(link);
            row.addDataCell().setText(getTranslation("voice.authoring.number", consultation.questions()));
            row.addDataCell().setText(LondonTimes.dayWithYear(consultation.createdAt()));
        }
        add(AuthoringPages.scrolling(table, caption));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "voice.authoring.consultations.title");
    }
}
