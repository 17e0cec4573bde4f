package london.victimvoice.portal.messaging;

import org.jspecify.annotations.Nullable;

/**
 * One field of the template editor: the name of a new template, or one of the six texts (an SMS
 * and an email subject and body, each discreet and full). A refusal names the part it is about so
 * the editor can put the message beside the field.
 */
public enum TemplatePart {
    NAME(null, null, false),
    SMS_DISCREET(ChannelType.SMS, MessageVariant.DISCREET, false),
    SMS_FULL(ChannelType.SMS, MessageVariant.FULL, false),
    EMAIL_DISCREET_SUBJECT(ChannelType.EMAIL, MessageVariant.DISCREET, true),
    EMAIL_DISCREET_BODY(ChannelType.EMAIL, MessageVariant.DISCREET, false),
    EMAIL_FULL_SUBJECT(ChannelType.EMAIL, MessageVariant.FULL, true),
    EMAIL_FULL_BODY(ChannelType.EMAIL, MessageVariant.FULL, false);

    private final @Nullable ChannelType channel;
    private final @Nullable MessageVariant variant;
    private final boolean subject;

    TemplatePart(@Nullable ChannelType channel, @Nullable MessageVariant variant, boolean subject) {
        this.channel = channel;
        this.variant = variant;
        this.subject = subject;
    }

    /** The wording this part belongs to; null for {@link #NAME}. */
    public MessageTemplate.@Nullable Key key() {
        return channel == null || variant == null ? null : new MessageTemplate.Key(channel, variant);
    }

    public @Nullable ChannelType channel() {
        return channel;
    }

    public boolean subject() {
        return subject;
    }

    /** The part's name inside a sentence ("the discreet text message"). */
    public String labelKey() {
        return "messaging.templates.part." + name();
    }

    public static TemplatePart of(MessageTemplate.Key key, boolean subject) {
        for (var part : values()) {
            if (key.equals(part.key()) && part.subject == subject) {
                return part;
            }
        }
        throw new IllegalArgumentException("No template part for " + key + (subject ? " subject" : ""));
    }
}
