package london.victimvoice.portal.messaging.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

import london.victimvoice.portal.messaging.MessageTemplate;
import london.victimvoice.portal.messaging.TemplatePart;
import london.victimvoice.portal.messaging.TemplateRefused;
import london.victimvoice.portal.messaging.TemplateText;

/** What the template pages say about templates: names, times, example values, refusals. */
final class TemplateWords {

    /** The templates the portal starts with have names in the bundle; others are shown by their id. */
    static final Set<String> SEEDED = Set.of("meeting-reminder", "meeting-moved", "meeting-cancelled",
            "approval-approved", "approval-declined", "approval-waiting-list", "approval-some-waiting-list",
            "waiting-list-offer", "question-opened", "question-closing", "we-did-changed");
    /** Every placeholder the editor has an example value for. */
    static final List<String> EXAMPLES = List.of("name", "meeting_day", "meeting_time", "meeting_end", "old_day",
            "link", "forums", "forum", "accept_by", "voucher_value", "voucher_code", "closes_on", "status", "stop_link");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(LONDON);

    private TemplateWords() {
    }

    static String name(Component on, String templateId) {
        return SEEDED.contains(templateId) ? on.getTranslation("messaging.template." + templateId)
                : on.getTranslation("messaging.templates.customName", templateId);
    }

    /** A {@code <time>} in London time, 24-hour, as staff in London read it. */
    static Element time(Component on, Instant at) {
        return new Element("time").setText(on.getTranslation("messaging.when", WHEN.format(at)))
                .setAttribute("datetime", at.toString());
    }

    static String when(Component on, Instant at) {
        return on.getTranslation("messaging.when", WHEN.format(at));
    }

    static Map<String, String> examples(Component on) {
        var values = new HashMap<String, String>();
        for (var name : EXAMPLES) {
            values.put(name, on.getTranslation("messaging.templates.example." + name));
        }
        return values;
    }

    /**
     * The text as a person would get it, the allowed placeholders filled with example values. A
     * placeholder it may not use stays as written, and a text that cannot be read (an unclosed
     * placeholder) is shown as typed: the refusal on saving says what is wrong.
     */
    static String preview(String text, Set<String> allowed, Map<String, String> examples) {
        try {
            var parsed = TemplateText.parse(text);
            var values = new HashMap<String, String>();
            for (var name : parsed.placeholders()) {
                values.put(name, allowed.contains(name) && examples.containsKey(name) ? examples.get(name)
                        : "((" + name + "))");
            }
            return parsed.render(values);
        } catch (IllegalArgumentException unreadable) {
            return text;
        }
    }

    /** A refusal's message, with parts named in words. */
    static String problem(Component on, TemplateRefused.Problem problem) {
        var arguments = problem.arguments().stream()
                .map(a -> a instanceof TemplatePart part ? on.getTranslation(part.labelKey()) : a).toArray();
        return on.getTranslation(problem.messageKey(), arguments);
    }

    static String text(MessageTemplate template, TemplatePart part) {
        var key = part.key();
        if (key == null) {
            return "";
        }
        var wording = template.wordings().get(key);
        if (wording == null) {
            return "";
        }
        var text = part.subject() ? wording.subject() : wording.body();
        return text == null ? "" : text;
    }
}
