package london.victimvoice.portal.messaging;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The safe-contact rules, in one place for queueing and for the moment of sending: which channel,
 * which words, and when, or why not at all. Pure, so every rule is tested without a database.
 */
final class Routing {

    /** Reasons, as stored in {@code outbox_message.reason}; each has a {@code messaging.reason.*} text. */
    static final String NO_CONTACT = "no-contact";
    static final String NO_SAFE_CHANNEL = "no-safe-channel";
    static final String OPTED_OUT = "opted-out";
    static final String NO_SAFE_TIME = "no-safe-time";
    static final String TOO_LATE = "would-arrive-late";
    static final String CHANNEL_NO_LONGER_SAFE = "channel-no-longer-safe";

    private final QuietHours quietHours;
    private final SendTimes sendTimes;

    Routing(QuietHours quietHours, SendTimes sendTimes) {
        this.quietHours = quietHours;
        this.sendTimes = sendTimes;
    }

    /** A decision: the channel and address to use and when, or a final status and its reason. */
    record Decision(@Nullable ChannelType channel, @Nullable String address, OutboxStatus status,
            @Nullable String reason, @Nullable Instant sendAt) {

        static Decision not(OutboxStatus status, String reason) {
            return new Decision(null, null, status, reason, null);
        }
    }

    /** For a new message: picks the first safe channel the person has not opted out of. */
    Decision choose(Optional<RecipientContact> contact, MessagePreference preference, boolean reminder,
            Instant now, @Nullable Instant notBefore, @Nullable Instant expiresAt) {
        if (contact.isEmpty()) {
            return Decision.not(OutboxStatus.SUPPRESSED, NO_CONTACT);
        }
        if (contact.get().safeAddresses().isEmpty()) {
            return Decision.not(OutboxStatus.SUPPRESSED, NO_SAFE_CHANNEL);
        }
        for (var entry : contact.get().safeAddresses().entrySet()) {
            if (preference.allows(entry.getKey(), reminder)) {
                return timed(entry.getKey(), entry.getValue(), contact.get(), now, notBefore, expiresAt);
            }
        }
        return Decision.not(OutboxStatus.SUPPRESSED, OPTED_OUT);
    }

    /** At the moment of sending: the channel was chosen when it was queued and must still be allowed. */
    Decision recheck(ChannelType channel, Optional<RecipientContact> contact, MessagePreference preference,
            boolean reminder, Instant now, @Nullable Instant expiresAt) {
        if (contact.isEmpty()) {
            return Decision.not(OutboxStatus.SUPPRESSED, NO_CONTACT);
        }
        var address = contact.get().safeAddresses().get(channel);
        if (address == null) {
            return Decision.not(OutboxStatus.SUPPRESSED, CHANNEL_NO_LONGER_SAFE);
        }
        if (!preference.allows(channel, reminder)) {
            return Decision.not(OutboxStatus.SUPPRESSED, OPTED_OUT);
        }
        return timed(channel, address, contact.get(), now, null, expiresAt);
    }

    private Decision timed(ChannelType channel, String address, RecipientContact contact, Instant now,
            @Nullable Instant notBefore, @Nullable Instant expiresAt) {
        var from = notBefore != null && notBefore.isAfter(now) ? notBefore : now;
        if (SendTimes.tooLate(from, expiresAt)) {
            return Decision.not(OutboxStatus.CANCELLED, TOO_LATE);
        }
        var allowed = sendTimes.nextAllowed(from, contact.window(), quietHours);
        if (allowed.isEmpty()) {
            return Decision.not(OutboxStatus.SUPPRESSED, NO_SAFE_TIME);
        }
        if (SendTimes.tooLate(allowed.get(), expiresAt)) {
            return Decision.not(OutboxStatus.CANCELLED, TOO_LATE);
        }
        var held = allowed.get().isAfter(from);
        return new Decision(channel, address, held ? OutboxStatus.HELD : OutboxStatus.CREATED, null, allowed.get());
    }

    /** The wording for this person: discreet unless they turned it off, with the outbox's own values added. */
    static Map<String, String> values(Map<String, String> given, RecipientContact contact, @Nullable String stopLink) {
        var all = new HashMap<>(given);
        all.put("name", contact.name());
        all.put("stop_link", stopLink == null ? "" : stopLink);
        return all;
    }
}
