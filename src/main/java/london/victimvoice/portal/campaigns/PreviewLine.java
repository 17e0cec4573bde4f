package london.victimvoice.portal.campaigns;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.OutboxStatus;

/**
 * One person in a preview, as the coordinator may see them: a number in the send, and the name
 * they chose only if the coordinator already sees it (a member of a forum they look after).
 * Never a phone number or an email address.
 *
 * @param body    the message as it will read; the name of someone the coordinator may not see is
 *                replaced by a mark
 * @param status  created (goes now), held (with {@code sendAt}), suppressed or cancelled (with {@code reason})
 */
public record PreviewLine(int number, @Nullable String chosenName, @Nullable ChannelType channel,
        @Nullable String subject, String body, int segments, OutboxStatus status, @Nullable String reason,
        @Nullable Instant sendAt) {
}
