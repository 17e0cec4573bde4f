package london.victimvoice.portal.voice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.voice.ConsultationStaff;
import london.victimvoice.portal.voice.Consultations;
import london.victimvoice.portal.voice.QuestionRefused;

/** A coordinator starts a consultation: a title and a short summary; questions are added after. */
@Route(value = AuthoringPages.NEW_CONSULTATION, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class NewConsultationView extends Div implements HasDynamicTitle {

    private final Consultations consultations;
    private final ConsultationStaff staff;
    final ErrorSummary errors = new ErrorSummary();
    final TextField title = new TextField();
    final TextArea summary = new TextArea();

    NewConsultationView(Consultations consultations, AuthenticationContext authentication) {
        this.consultations = consultations;
        this.staff = AuthoringPages.staff(authentication);
        var back = new Anchor(AuthoringPages.CONSULTATIONS, getTranslation("voice.authoring.newConsultation.back"));
        back.addClassName("back-link");
        title.setId("consultation-title");
        title.setLabel(getTranslation("voice.authoring.newConsultation.titleLabel"));
        title.setHelperText(getTranslation("voice.authoring.newConsultation.titleHint"));
        title.setWidthFull();
        summary.setId("consultation-summary");
        summary.setLabel(getTranslation("voice.authoring.newConsultation.summaryLabel"));
        summary.setHelperText(getTranslation("voice.authoring.newConsultation.summaryHint"));
        summary.setWidthFull();
        var create = new Button(getTranslation("voice.authoring.newConsultation.create"), e -> create());
        create.setId("consultation-create");
        create.addClassName("button-primary");
        var actions = new Div(create);
        actions.addClassName("form-actions");
        add(back, errors, new H1(getTranslation("voice.authoring.newConsultation.heading")),
                new Paragraph(getTranslation("voice.authoring.newConsultation.intro")), title, summary, actions);
    }

    void create() {
        errors.clear();
        try {
            var id = consultations.create(staff, title.getValue(), summary.getValue());
            getUI().ifPresent(ui -> ui.navigate(AuthoringPages.CONSULTATIONS + "/" + id,
                    QueryParameters.of(AuthoringPages.CREATED, "1")));
        } catch (QuestionRefused refused) {
            for (var problem : refused.problems()) {
                var message = getTranslation(problem.messageKey(), problem.args());
                switch (problem.field()) {
                    case "title" -> errors.add(title, message);
                    case "summary" -> errors.add(summary, message);
                    default -> errors.add(message);
                }
            }
            errors.show();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    @Override
    public String getPageTitle() {
        var page = PageTitles.of(this, "voice.authoring.newConsultation.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", page) : page;
    }
}
