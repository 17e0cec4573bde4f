package london.victimvoice.portal.messaging;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A participant's own stops: SMS opted out by replying STOP; reminders by email stopped by the link. */
record MessagePreference(@Nullable Instant smsOptedOutAt, @Nullable Instant emailRemindersStoppedAt) {

    static final MessagePreference NONE = new MessagePreference(null, null);

    boolean allows(ChannelType channel, boolean reminder) {
        return switch (channel) {
            case SMS -> smsOptedOutAt == null;
            case EMAIL -> !reminder || emailRemindersStoppedAt == null;
        };
    }
}
