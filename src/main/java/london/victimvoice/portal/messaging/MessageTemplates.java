package london.victimvoice.portal.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.messaging.TemplateRefused.Problem;

/**
 * Templates and their versions. Saving never changes a version: it adds the next one, so every
 * message sent can still be shown as it was.
 */
@Service
public class MessageTemplates {

    private final TemplateStore store;
    private final Clock clock;

    MessageTemplates(TemplateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException when there is no such template */
    @Transactional(readOnly = true)
    public MessageTemplate current(String templateId) {
        return store.latest(templateId)
                .orElseThrow(() -> new IllegalArgumentException("No message template " + templateId));
    }

    @Transactional(readOnly = true)
    public Optional<MessageTemplate> find(String templateId) {
        return store.latest(templateId);
    }

    @Transactional(readOnly = true)
    public List<MessageTemplate> all() {
        return store.latestAll();
    }

    @Transactional(readOnly = true)
    public Optional<MessageTemplate> version(String templateId, int version) {
        return store.version(templateId, version);
    }

    /** Every version of a template, newest first; empty for an unknown template. */
    @Transactional(readOnly = true)
    public List<TemplateChange> history(String templateId) {
        return store.history(templateId);
    }

    /**
     * Saves new texts as the next version. The id and purpose stay as they are.
     *
     * @param expectedVersion the version the editor started from: if someone saved a newer one
     *                        since, nothing is saved and the refusal says so
     * @throws TemplateRefused          listing every problem, nothing saved
     * @throws IllegalArgumentException when there is no such template
     */
    @Transactional
    public MessageTemplate save(String templateId, int expectedVersion,
            Map<MessageTemplate.Key, MessageTemplate.Wording> wordings, String username) {
        var current = current(templateId);
        var problems = new ArrayList<Problem>();
        if (current.version() != expectedVersion) {
            problems.add(stale(current.version()));
        }
        problems.addAll(TemplateRules.check(current.purpose(), wordings));
        if (!problems.isEmpty()) {
            throw new TemplateRefused(problems);
        }
        var next = new MessageTemplate(templateId, current.version() + 1, current.purpose(), tidy(wordings), username,
                clock.instant());
        try {
            store.insert(next);
        } catch (DuplicateKeyException savedAtTheSameMoment) {
            // Two editors started from the same version; the unique (template, version) key let one win.
            throw new TemplateRefused(List.of(stale(next.version())));
        }
        return next;
    }

    /**
     * Makes a new template for a coordinator's own bulk sends ({@link TemplatePurpose#CUSTOM}),
     * its id made from the name ("Summer picnic" → {@code summer-picnic}).
     *
     * @throws TemplateRefused listing every problem with the name and the texts, nothing saved
     */
    @Transactional
    public MessageTemplate createCustom(String name, Map<MessageTemplate.Key, MessageTemplate.Wording> wordings,
            String username) {
        var problems = new ArrayList<Problem>();
        var id = TemplateRules.slug(name == null ? "" : name);
        if (name == null || name.isBlank()) {
            problems.add(Problem.of(TemplatePart.NAME, TemplateRefused.NAME_MISSING));
        } else if (id.isEmpty()) {
            problems.add(Problem.of(TemplatePart.NAME, TemplateRefused.NAME_NO_LETTERS));
        } else if (id.length() > TemplateRules.ID_MAX_LENGTH) {
            problems.add(Problem.of(TemplatePart.NAME, TemplateRefused.NAME_TOO_LONG, TemplateRules.ID_MAX_LENGTH));
        } else if (store.exists(id)) {
            problems.add(Problem.of(TemplatePart.NAME, TemplateRefused.NAME_TAKEN, id));
        }
        problems.addAll(TemplateRules.check(TemplatePurpose.CUSTOM, wordings));
        if (!problems.isEmpty()) {
            throw new TemplateRefused(problems);
        }
        var created = new MessageTemplate(id, 1, TemplatePurpose.CUSTOM, tidy(wordings), username, clock.instant());
        try {
            store.insert(created);
        } catch (DuplicateKeyException sameNameAtTheSameMoment) {
            throw new TemplateRefused(List.of(Problem.of(TemplatePart.NAME, TemplateRefused.NAME_TAKEN, id)));
        }
        return created;
    }

    private static Problem stale(int newest) {
        return Problem.of(null, TemplateRefused.SAVED_BY_SOMEONE_ELSE, newest);
    }

    /** SMS has no subject; an email subject loses spaces around it. Texts are kept as typed. */
    private static Map<MessageTemplate.Key, MessageTemplate.Wording> tidy(
            Map<MessageTemplate.Key, MessageTemplate.Wording> wordings) {
        var tidy = new HashMap<MessageTemplate.Key, MessageTemplate.Wording>();
        wordings.forEach((key, wording) -> tidy.put(key, new MessageTemplate.Wording(
                key.channel() == ChannelType.EMAIL && wording.subject() != null ? wording.subject().strip() : null,
                wording.body())));
        return tidy;
    }
}
