package london.victimvoice.portal.messaging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import london.victimvoice.portal.messaging.TemplateRefused.Problem;

/**
 * What a template's texts must be before they are saved: not empty, placeholders the purpose can
 * fill, an SMS a provider will take, a subject on one line. Checked for every text at once, so the
 * editor shows every problem together.
 */
public final class TemplateRules {

    /** Template ids are stored in a column of this size. */
    public static final int ID_MAX_LENGTH = 60;

    private TemplateRules() {
    }

    /**
     * The placeholders a text of this channel may use, in the order the editor lists them: the
     * person's name first, then the purpose's own, then (email only) the stop link. The stop
     * link is filled in for emails only: in a text message it would come out empty.
     */
    public static List<String> placeholders(TemplatePurpose purpose, ChannelType channel) {
        var all = new ArrayList<String>();
        all.add("name");
        all.addAll(purpose.placeholders().stream().sorted().toList());
        if (channel == ChannelType.EMAIL) {
            all.add("stop_link");
        }
        return all;
    }

    /** The placeholders as the editor shows them: {@code ((name)), ((meeting_day))}. */
    public static String shown(List<String> placeholders) {
        return placeholders.stream().map(name -> "((" + name + "))").collect(Collectors.joining(", "));
    }

    /** Every problem with these texts; empty when they may be saved. */
    public static List<Problem> check(TemplatePurpose purpose, Map<MessageTemplate.Key, MessageTemplate.Wording> wordings) {
        var problems = new ArrayList<Problem>();
        for (var part : TemplatePart.values()) {
            var key = part.key();
            if (key == null) {
                continue;
            }
            var wording = wordings.get(key);
            var text = wording == null ? null : part.subject() ? wording.subject() : wording.body();
            var checked = text == null ? "" : part.subject() ? text.strip() : text;
            checkText(purpose, part, checked, problems);
        }
        return problems;
    }

    private static void checkText(TemplatePurpose purpose, TemplatePart part, String text, List<Problem> problems) {
        if (text.isBlank()) {
            problems.add(Problem.of(part, TemplateRefused.EMPTY, part));
            return;
        }
        if (part.subject()) {
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                problems.add(Problem.of(part, TemplateRefused.SUBJECT_LINE_BREAK, part));
                return;
            }
            if (text.length() > OutgoingMessage.SUBJECT_MAX_LENGTH) {
                problems.add(Problem.of(part, TemplateRefused.SUBJECT_TOO_LONG, part, OutgoingMessage.SUBJECT_MAX_LENGTH,
                        text.length()));
                return;
            }
        }
        if (part.channel() == ChannelType.SMS && text.length() > OutgoingMessage.SMS_BODY_MAX_LENGTH) {
            problems.add(Problem.of(part, TemplateRefused.SMS_TOO_LONG, part, OutgoingMessage.SMS_BODY_MAX_LENGTH,
                    text.length()));
            return;
        }
        TemplateText parsed;
        try {
            parsed = TemplateText.parse(text);
        } catch (InvalidTemplateException invalid) {
            problems.add(switch (invalid.reason()) {
                case TOO_LONG -> Problem.of(part, TemplateRefused.TOO_LONG, part, TemplateText.MAX_LENGTH, text.length());
                case UNCLOSED_PLACEHOLDER -> Problem.of(part, TemplateRefused.UNCLOSED_PLACEHOLDER, part,
                        String.valueOf(invalid.placeholder()));
                case BAD_PLACEHOLDER_NAME -> Problem.of(part, TemplateRefused.BAD_PLACEHOLDER_NAME, part,
                        String.valueOf(invalid.placeholder()));
                case CONTROL_CHARACTER, UNPAIRED_SURROGATE, MISSING_VALUE ->
                        Problem.of(part, TemplateRefused.BAD_CHARACTER, part);
            });
            return;
        }
        var allowed = placeholders(purpose, part.channel());
        for (var unknown : parsed.unknown(java.util.Set.copyOf(allowed))) {
            problems.add(Problem.of(part, TemplateRefused.UNKNOWN_PLACEHOLDER, part, unknown, shown(allowed)));
        }
        // A reminder email must let people stop reminders by email in one click, as the issue promises.
        if (purpose == TemplatePurpose.MEETING_REMINDER && part.channel() == ChannelType.EMAIL && !part.subject()
                && !parsed.placeholders().contains("stop_link")) {
            problems.add(Problem.of(part, TemplateRefused.STOP_LINK_MISSING, part));
        }
    }

    /**
     * A template id made from a name: lower-case letters and digits, words joined by dashes,
     * accents dropped ("Café évening" → {@code cafe-evening}); empty when nothing is left.
     */
    public static String slug(String name) {
        var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        var slug = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                slug.append(c);
            } else if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        while (!slug.isEmpty() && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.toString();
    }
}
