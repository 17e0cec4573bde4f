package london.victimvoice.portal.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    public List<MessageTemplate> all() {
        return store.latestAll();
    }

    @Transactional(readOnly = true)
    public Optional<MessageTemplate> version(String templateId, int version) {
        return store.version(templateId, version);
    }
}
