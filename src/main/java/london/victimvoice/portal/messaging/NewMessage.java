package london.victimvoice.portal.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message to one participant made from a template: the outbox picks the channel, the wording
 * and the moment. Build one with {@link #to} and the {@code with...} methods.
 *
 * @param values     the template's placeholders, without {@code name} and {@code stop_link}
 * @param about      what it is about ({@code meeting:<id>}), so a change to that can move or cancel it
 * @param notBefore  not sent earlier (a reminder's time); null for as soon as allowed
 * @param expiresAt  pointless after this (the meeting's start): held past it, it is cancelled instead
 * @param dedupeKey  at most one message ever has this key, so repeating a request cannot send twice
 * @param campaignId the bulk send it belongs to
 * @param dryRun     goes through every step except the provider call
 * @param reminder   a reminder, which the person can stop by email with one click
 */
public record NewMessage(UUID participantId, String templateId, Map<String, String> values,
        @Nullable String about, @Nullable Instant notBefore, @Nullable Instant expiresAt,
        @Nullable String dedupeKey, @Nullable UUID campaignId, boolean dryRun, boolean reminder) {

    public static final int ABOUT_MAX_LENGTH = 80;
    public static final int DEDUPE_KEY_MAX_LENGTH = 160;

    public NewMessage {
        values = Map.copyOf(values);
        if (about != null && about.length() > ABOUT_MAX_LENGTH) {
            throw new IllegalArgumentException("'about' may have at most " + ABOUT_MAX_LENGTH + " characters");
        }
        if (dedupeKey != null && dedupeKey.length() > DEDUPE_KEY_MAX_LENGTH) {
            throw new IllegalArgumentException("A dedupe key may have at most " + DEDUPE_KEY_MAX_LENGTH + " characters");
        }
    }

    public static NewMessage to(UUID participantId, String templateId, Map<String, String> values) {
        return new NewMessage(participantId, templateId, values, null, null, null, null, null, false, false);
    }

    public NewMessage about(String what) {
        return new NewMessage(participantId, templateId, values, what, notBefore, expiresAt, dedupeKey, campaignId,
                dryRun, reminder);
    }

    public NewMessage notBefore(Instant when) {
        return new NewMessage(participantId, templateId, values, about, when, expiresAt, dedupeKey, campaignId,
                dryRun, reminder);
    }

    public NewMessage expiresAt(Instant when) {
        return new NewMessage(participantId, templateId, values, about, notBefore, when, dedupeKey, campaignId,
                dryRun, reminder);
    }

    public NewMessage dedupeKey(String key) {
        return new NewMessage(participantId, templateId, values, about, notBefore, expiresAt, key, campaignId,
                dryRun, reminder);
    }

    public NewMessage campaign(UUID id, boolean dry) {
        return new NewMessage(participantId, templateId, values, about, notBefore, expiresAt, dedupeKey, id, dry,
                reminder);
    }

    public NewMessage asReminder() {
        return new NewMessage(participantId, templateId, values, about, notBefore, expiresAt, dedupeKey, campaignId,
                dryRun, true);
    }
}
