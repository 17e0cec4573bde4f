package london.victimvoice.portal.messaging;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One version of a template: per channel a discreet and a full wording.
 *
 * @param id a stable name such as {@code meeting-reminder}
 */
public record MessageTemplate(String id, int version, TemplatePurpose purpose, Map<Key, Wording> wordings,
        String createdBy, Instant createdAt) {

    public record Key(ChannelType channel, MessageVariant variant) {
    }

    /** @param subject for email only */
    public record Wording(@Nullable String subject, String body) {
    }

    public MessageTemplate {
        wordings = Map.copyOf(wordings);
        for (var channel : ChannelType.values()) {
            for (var variant : MessageVariant.values()) {
                if (!wordings.containsKey(new Key(channel, variant))) {
                    throw new IllegalArgumentException("Template " + id + " has no " + variant + " " + channel + " wording");
                }
            }
        }
    }

    public Wording wording(ChannelType channel, MessageVariant variant) {
        return wordings.get(new Key(channel, variant));
    }
}
