package london.victimvoice.portal.messaging.ui;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.base.ui.PageTitles;
import london.victimvoice.portal.base.ui.StaffLayout;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.MessageTemplate;
import london.victimvoice.portal.messaging.MessageTemplates;
import london.victimvoice.portal.messaging.MessageVariant;
import london.victimvoice.portal.messaging.TemplatePart;
import london.victimvoice.portal.messaging.TemplateRefused;
import london.victimvoice.portal.messaging.TemplateRules;
import london.victimvoice.portal.security.Roles;

/**
 * Every message template with its purpose and newest version, and a form to start a new one for
 * a coordinator's own messages. A new template starts with plain words to change in the editor.
 */
@Route(value = TemplateListView.PATH, layout = StaffLayout.class)
@Menu(title = "menu.templates", order = 40)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class TemplateListView extends Div implements HasDynamicTitle {

    static final String PATH = "staff/templates";

    private final MessageTemplates templates;
    private final AuthenticationContext authentication;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextField name = new TextField();

    TemplateListView(MessageTemplates templates, AuthenticationContext authentication) {
        this.templates = templates;
        this.authentication = authentication;
        add(errors, new H1(getTranslation("messaging.templates.list.heading")),
                new Paragraph(getTranslation("messaging.templates.list.intro")), table());
        name.setId("template-name");
        name.setLabel(getTranslation("messaging.templates.create.name"));
        name.setHelperText(getTranslation("messaging.templates.create.nameHint", TemplateRules.ID_MAX_LENGTH));
        name.setMaxLength(200);
        var create = new Button(getTranslation("messaging.templates.create.button"), e -> create());
        create.setId("template-create");
        var actions = new Div(create);
        actions.addClassName("form-actions");
        add(new H2(getTranslation("messaging.templates.create.heading")),
                new Paragraph(getTranslation("messaging.templates.create.intro")), name, actions);
    }

    private Div table() {
        var table = new NativeTable();
        table.setId("templates-table");
        table.addClassName("simple");
        table.setCaptionText(getTranslation("messaging.templates.list.caption"));
        table.getCaption().setId("templates-caption");
        var head = table.getHead().addRow();
        for (var key : new String[] {"messaging.templates.column.name", "messaging.templates.column.purpose",
                "messaging.templates.column.version", "messaging.templates.column.changed"}) {
            head.addHeaderCell().getElement().setText(getTranslation(key)).setAttribute("scope", "col");
        }
        for (var template : templates.all()) {
            var row = table.getBody().addRow();
            var edit = new Anchor(PATH + "/" + template.id(), TemplateWords.name(this, template.id()));
            edit.setId("edit-" + template.id());
            row.addDataCell().add(edit);
            row.addDataCell().setText(getTranslation(template.purpose().labelKey()));
            row.addDataCell().setText(getTranslation("messaging.templates.history.versionNumber", template.version()));
            var changed = row.addDataCell();
            changed.setText(getTranslation("messaging.templates.changedBy", template.createdBy()) + " ");
            changed.getElement().appendChild(TemplateWords.time(this, template.createdAt()));
        }
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-labelledby", "templates-caption");
        return scroll;
    }

    private void create() {
        errors.clear();
        try {
            var created = templates.createCustom(name.getValue(), starterTexts(),
                    authentication.getPrincipalName().orElse("unknown"));
            UI.getCurrent().navigate(PATH + "/" + created.id());
        } catch (TemplateRefused refused) {
            for (var problem : refused.problems()) {
                var message = TemplateWords.problem(this, problem);
                if (problem.part() == TemplatePart.NAME) {
                    errors.add(name, message);
                } else {
                    errors.add(message);
                }
            }
            errors.show();
            getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        }
    }

    private Map<MessageTemplate.Key, MessageTemplate.Wording> starterTexts() {
        var sms = new MessageTemplate.Wording(null, getTranslation("messaging.templates.starter.sms"));
        var email = new MessageTemplate.Wording(getTranslation("messaging.templates.starter.subject"),
                getTranslation("messaging.templates.starter.email"));
        return Map.of(new MessageTemplate.Key(ChannelType.SMS, MessageVariant.DISCREET), sms,
                new MessageTemplate.Key(ChannelType.SMS, MessageVariant.FULL), sms,
                new MessageTemplate.Key(ChannelType.EMAIL, MessageVariant.DISCREET), email,
                new MessageTemplate.Key(ChannelType.EMAIL, MessageVariant.FULL), email);
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "messaging.templates.list.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
