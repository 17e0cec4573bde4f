package london.victimvoice.portal.messaging.ui;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
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
 * A template's four texts, edited with a live preview and, for text messages, the length and
 * number of messages. Saving adds a version; the history lists every version, and an old one can
 * be read (not changed) with {@code ?version=N}. If someone else saved first, nothing is saved and
 * what was typed stays on the page.
 */
@Route(value = TemplateListView.PATH + "/:templateId", layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
class TemplateEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MessageTemplates templates;
    private final AuthenticationContext authentication;
    private final ErrorSummary errors = new ErrorSummary();
    private final H1 heading = new H1();
    private final Paragraph about = new Paragraph();
    private final Paragraph oldVersion = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Div form = new Div();
    private final Div history = new Div();
    private final Button save = new Button();
    private final Map<TemplatePart, Component> fields = new EnumMap<>(TemplatePart.class);
    private final Map<MessageTemplate.Key, SmsText> smsTexts = new HashMap<>();
    private final Map<MessageTemplate.Key, EmailText> emailTexts = new HashMap<>();
    private String templateId = "";
    /** The version this page started from: a save refuses if someone saved a newer one since. */
    private int startedFrom;

    TemplateEditorView(MessageTemplates templates, AuthenticationContext authentication) {
        this.templates = templates;
        this.authentication = authentication;
        addClassName("template-editor");
        about.setId("template-about");
        oldVersion.setId("template-old-version");
        oldVersion.addClassName("notification");
        oldVersion.setVisible(false);
        status.setId("template-status");
        status.addClassName("notification");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        save.setId("template-save");
        save.addClassName("button-primary");
        save.addClickListener(e -> save());
        history.setId("template-history");
        var back = new Anchor(TemplateListView.PATH, getTranslation("messaging.templates.back"));
        back.setId("templates-back");
        add(errors, heading, about, oldVersion, status, form, history, new Paragraph(back));
    }

    static String fieldId(TemplatePart part) {
        return "template-" + part.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        templateId = event.getRouteParameters().get("templateId").orElse("");
        var current = templates.find(templateId);
        if (current.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var asked = event.getLocation().getQueryParameters().getSingleParameter("version");
        MessageTemplate shown = current.get();
        if (asked.isPresent()) {
            var old = asked.filter(v -> v.matches("\\d{1,6}")).flatMap(v -> templates.version(templateId,
                    Integer.parseInt(v)));
            if (old.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            shown = old.get();
        }
        build(shown, current.get().version());
    }

    private void build(MessageTemplate shown, int newest) {
        var readOnly = shown.version() != newest;
        startedFrom = newest;
        heading.setText(getTranslation("messaging.templates.editor.heading", TemplateWords.name(this, templateId)));
        about.setText(getTranslation("messaging.templates.editor.about", getTranslation(shown.purpose().labelKey()),
                shown.version(), shown.createdBy(), TemplateWords.when(this, shown.createdAt())));
        form.removeAll();
        fields.clear();
        smsTexts.clear();
        emailTexts.clear();
        var examples = TemplateWords.examples(this);
        var smsAllowed = TemplateRules.placeholders(shown.purpose(), ChannelType.SMS);
        var emailAllowed = TemplateRules.placeholders(shown.purpose(), ChannelType.EMAIL);
        form.add(new H2(getTranslation("messaging.templates.sms.heading")),
                new Paragraph(getTranslation("messaging.templates.variants")));
        for (var part : new TemplatePart[] {TemplatePart.SMS_DISCREET, TemplatePart.SMS_FULL}) {
            var sms = new SmsText(part, hint(smsAllowed), new HashSet<>(smsAllowed), examples);
            sms.setValue(TemplateWords.text(shown, part));
            sms.setReadOnly(readOnly);
            smsTexts.put(part.key(), sms);
            fields.put(part, sms.field());
            form.add(sms);
        }
        form.add(new H2(getTranslation("messaging.templates.email.heading")));
        for (var variant : MessageVariant.values()) {
            var key = new MessageTemplate.Key(ChannelType.EMAIL, variant);
            var subjectPart = TemplatePart.of(key, true);
            var bodyPart = TemplatePart.of(key, false);
            var email = new EmailText(subjectPart, bodyPart, hint(emailAllowed), new HashSet<>(emailAllowed), examples);
            email.setValues(TemplateWords.text(shown, subjectPart), TemplateWords.text(shown, bodyPart));
            email.setReadOnly(readOnly);
            emailTexts.put(key, email);
            fields.put(subjectPart, email.subject());
            fields.put(bodyPart, email.body());
            form.add(email);
        }
        if (readOnly) {
            oldVersion.removeAll();
            oldVersion.add(getTranslation("messaging.templates.oldVersion", shown.version(), newest) + " ");
            var newestLink = new Anchor(TemplateListView.PATH + "/" + templateId,
                    getTranslation("messaging.templates.oldVersion.newest"));
            newestLink.setId("template-newest");
            oldVersion.add(newestLink);
        } else {
            save.setText(getTranslation("messaging.templates.save", newest + 1));
            var actions = new Div(save);
            actions.addClassName("form-actions");
            form.add(actions);
        }
        oldVersion.setVisible(readOnly);
        showHistory(shown.version());
    }

    private String hint(java.util.List<String> allowed) {
        return getTranslation("messaging.templates.hint", TemplateRules.shown(allowed));
    }

    private void showHistory(int shownVersion) {
        showHistory(shownVersion, false);
    }

    /** @param newTab after a refused save: opening a version here would lose what was typed */
    private void showHistory(int shownVersion, boolean newTab) {
        history.removeAll();
        var table = new NativeTable();
        table.addClassName("simple");
        table.setCaptionText(getTranslation("messaging.templates.history.caption"));
        table.getCaption().setId("template-history-caption");
        var head = table.getHead().addRow();
        for (var key : new String[] {"messaging.templates.history.version", "messaging.templates.history.by",
                "messaging.templates.history.when", "messaging.templates.history.view"}) {
            head.addHeaderCell().getElement().setText(getTranslation(key)).setAttribute("scope", "col");
        }
        var changes = templates.history(templateId);
        for (var change : changes) {
            var row = table.getBody().addRow();
            row.addDataCell().setText(getTranslation("messaging.templates.history.versionNumber", change.version()));
            row.addDataCell().setText(getTranslation("messaging.templates.history.who", change.createdBy()));
            row.addDataCell().getElement().appendChild(TemplateWords.time(this, change.createdAt()));
            var newest = change.version() == changes.getFirst().version();
            if (change.version() == shownVersion) {
                row.addDataCell().setText(getTranslation("messaging.templates.history.shown"));
            } else {
                var link = new Anchor(TemplateListView.PATH + "/" + templateId
                        + (newest ? "" : "?version=" + change.version()),
                        getTranslation(newest ? "messaging.templates.history.openNewest"
                                : "messaging.templates.history.open", change.version()));
                link.setId("template-version-" + change.version());
                if (newTab) {
                    link.setHref(TemplateListView.PATH + "/" + templateId + "?version=" + change.version());
                    link.setTarget("_blank");
                    link.setText(getTranslation("messaging.templates.history.openNewTab", change.version()));
                }
                row.addDataCell().add(link);
            }
        }
        var scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-labelledby", "template-history-caption");
        history.add(new H2(getTranslation("messaging.templates.history.heading")), scroll);
    }

    private void save() {
        errors.clear();
        status.setVisible(false);
        var wordings = new HashMap<MessageTemplate.Key, MessageTemplate.Wording>();
        smsTexts.forEach((key, sms) -> wordings.put(key, new MessageTemplate.Wording(null, sms.getValue())));
        emailTexts.forEach((key, email) -> wordings.put(key, new MessageTemplate.Wording(email.subject().getValue(),
                email.body().getValue())));
        try {
            var saved = templates.save(templateId, startedFrom, wordings,
                    authentication.getPrincipalName().orElse("unknown"));
            startedFrom = saved.version();
            save.setText(getTranslation("messaging.templates.save", saved.version() + 1));
            about.setText(getTranslation("messaging.templates.editor.about", getTranslation(saved.purpose().labelKey()),
                    saved.version(), saved.createdBy(), TemplateWords.when(this, saved.createdAt())));
            status.setText(getTranslation("messaging.templates.saved", saved.version()));
            status.setVisible(true);
            showHistory(saved.version());
        } catch (TemplateRefused refused) {
            for (var problem : refused.problems()) {
                var message = TemplateWords.problem(this, problem);
                var field = problem.part() == null ? null : fields.get(problem.part());
                if (field != null) {
                    addError(field, message);
                } else {
                    errors.add(message);
                }
            }
            if (refused.savedBySomeoneElse()) {
                // What they typed stays; the next save is theirs to make, knowing a newer version exists.
                startedFrom = templates.current(templateId).version();
                save.setText(getTranslation("messaging.templates.save", startedFrom + 1));
                showHistory(-1, true);
            }
            errors.show();
        }
        retitle();
    }

    @SuppressWarnings("unchecked")
    private <F extends Component & HasValidation> void addError(Component field, String message) {
        errors.add((F) field, message);
    }

    private void retitle() {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        var title = PageTitles.of(this, "messaging.templates.editor.title");
        return errors.hasErrors() ? getTranslation("form.errorTitle", title) : title;
    }
}
