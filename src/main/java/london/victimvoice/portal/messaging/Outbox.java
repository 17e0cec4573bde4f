package london.victimvoice.portal.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.base.LondonTimes;

/**
 * Save first, send later: every message to a participant becomes an outbox row in the caller's
 * transaction and is sent by the dispatcher after that commits, so a rolled-back decision never
 * sends and a crash never loses a message. The person's safe channels, discreet wording, safe days
 * and times and the quiet hours are applied here and again at the moment of sending.
 */
@Service
public class Outbox {

    private final OutboxStore store;
    private final PreferenceStore preferences;
    private final MessageTemplates templates;
    private final Recipients recipients;
    private final StopLinks stopLinks;
    private final Routing routing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outbox(OutboxStore store, PreferenceStore preferences, MessageTemplates templates, Recipients recipients,
            StopLinks stopLinks, MessagingProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.preferences = preferences;
        this.templates = templates;
        this.recipients = recipients;
        this.stopLinks = stopLinks;
        this.routing = new Routing(properties.outbox().quietHours(), SendTimes.london());
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues one message in the caller's transaction (or its own). With a dedupe key already used,
     * nothing new is queued and the earlier message's plan is returned.
     *
     * @throws IllegalArgumentException for an unknown template or a missing placeholder value
     */
    @Transactional
    public PlannedMessage queue(NewMessage message) {
        if (message.dedupeKey() != null) {
            var earlier = store.findByDedupeKey(message.dedupeKey());
            if (earlier.isPresent()) {
                return plan(earlier.get());
            }
        }
        var planned = plan(List.of(message), true);
        return planned.getFirst();
    }

    /** Queues many at once (a bulk send's slice): one lookup of people and one batch insert. */
    @Transactional
    public List<PlannedMessage> queueAll(List<NewMessage> messages) {
        return plan(messages, true);
    }

    /** What would happen to each message, saving nothing: for previews. */
    @Transactional(readOnly = true)
    public List<PlannedMessage> preview(List<NewMessage> messages) {
        return plan(messages, false);
    }

    private List<PlannedMessage> plan(List<NewMessage> messages, boolean save) {
        var now = clock.instant();
        var ids = messages.stream().map(NewMessage::participantId).distinct().toList();
        var contacts = recipients.findAll(ids);
        var prefs = preferences.findAll(ids);
        var rows = new ArrayList<OutboxRow>(messages.size());
        var plans = new ArrayList<PlannedMessage>(messages.size());
        // Once per template, not per message: a bulk send is thousands of messages from one template.
        var current = new HashMap<String, MessageTemplate>();
        for (var message : messages) {
            var template = current.computeIfAbsent(message.templateId(), templates::current);
            var contact = Optional.ofNullable(contacts.get(message.participantId()));
            var decision = routing.choose(contact, prefs.getOrDefault(message.participantId(), MessagePreference.NONE),
                    message.reminder(), now, message.notBefore(), message.expiresAt());
            var channel = decision.channel() != null ? decision.channel() : contact
                    .flatMap(c -> c.safeAddresses().keySet().stream().findFirst()).orElse(ChannelType.SMS);
            var variant = contact.map(RecipientContact::discreet).orElse(true) ? MessageVariant.DISCREET : MessageVariant.FULL;
            var wording = template.wording(channel, variant);
            var values = contact.map(c -> Routing.values(message.values(), c,
                    message.reminder() && channel == ChannelType.EMAIL ? stopLinks.linkFor(c.participantId()) : null))
                    .orElseGet(() -> Routing.values(message.values(), new RecipientContact(message.participantId(),
                            Map.of(), true, ContactWindow.ANY, ""), null));
            var body = Rendering.render(wording.body(), values);
            var subject = channel == ChannelType.EMAIL && wording.subject() != null
                    ? Rendering.render(wording.subject(), values) : null;
            var segments = channel == ChannelType.SMS ? Rendering.segments(body) : 0;
            var sendAt = decision.sendAt() != null ? decision.sendAt() : now;
            var row = new OutboxRow(UUID.randomUUID(), message.participantId(), message.campaignId(), message.about(),
                    message.dedupeKey(), template.id(), template.version(), channel, variant, subject, body, segments,
                    message.dryRun(), message.reminder(), decision.status(), decision.reason(), false, sendAt,
                    message.expiresAt(), 0, null, null, now, null, decision.status().isFinal() ? now : null);
            rows.add(row);
            plans.add(plan(row));
        }
        if (save) {
            store.insertAll(rows);
            events.publishEvent(new MessagesQueued(rows.size()));
        }
        return plans;
    }

    private static PlannedMessage plan(OutboxRow row) {
        var goes = !row.status().isFinal();
        return new PlannedMessage(row.status() == OutboxStatus.SUPPRESSED && row.reason() != null
                && !Routing.OPTED_OUT.equals(row.reason()) ? null : row.channel(), row.variant(), row.subject(),
                row.body(), row.segments(), row.status(), row.reason(), goes ? row.notBefore() : null, row.templateId(),
                row.templateVersion());
    }

    /** Cancels every message about this thing not yet sent (a cancelled or moved meeting's reminders). */
    @Transactional
    public int cancelPendingAbout(String about, String reason) {
        return store.cancelPending("about = :about", Map.of("about", about), OutboxStatus.CANCELLED, reason,
                clock.instant());
    }

    /** Stops the unsent part of a bulk send. */
    @Transactional
    public int cancelPendingCampaign(UUID campaignId) {
        return store.cancelPending("campaign_id = :c", Map.of("c", campaignId.toString()), OutboxStatus.CANCELLED,
                "send-stopped", clock.instant());
    }

    /** How many of a bulk send's messages stand at each status. */
    @Transactional(readOnly = true)
    public Map<OutboxStatus, Integer> countByStatus(UUID campaignId) {
        return store.countByStatus(campaignId);
    }

    /** Messages queued today (London), dry runs left out: for the daily limit on bulk sends. */
    @Transactional(readOnly = true)
    public int queuedToday() {
        var midnight = LocalDate.now(clock.withZone(LondonTimes.LONDON)).atStartOfDay(LondonTimes.LONDON).toInstant();
        return store.countCreatedSince(midnight);
    }

    /** After STOP: no more SMS; what is waiting to go by SMS is suppressed. Email is not affected. */
    @Transactional
    public boolean optOutOfSms(UUID participantId) {
        var now = clock.instant();
        var changed = preferences.setSmsOptedOut(participantId, true, now);
        store.cancelPending("participant_id = :p AND channel = 'SMS'", Map.of("p", participantId.toString()),
                OutboxStatus.SUPPRESSED, Routing.OPTED_OUT, now);
        return changed;
    }

    /** After START: SMS allowed again (only from now on; nothing suppressed is revived). */
    @Transactional
    public boolean optBackInToSms(UUID participantId) {
        return preferences.setSmsOptedOut(participantId, false, clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean smsOptedOut(UUID participantId) {
        return !preferences.find(participantId).allows(ChannelType.SMS, false);
    }

    /** The one-click link in a reminder email: no more reminders by email; pending ones are suppressed. */
    @Transactional
    public boolean stopEmailReminders(UUID participantId) {
        var now = clock.instant();
        var changed = preferences.stopEmailReminders(participantId, now);
        store.cancelPending("participant_id = :p AND channel = 'EMAIL' AND reminder = TRUE",
                Map.of("p", participantId.toString()), OutboxStatus.SUPPRESSED, Routing.OPTED_OUT, now);
        return changed;
    }

    /**
     * A delivery report from a provider, for the message with this outbox id (or, failing that,
     * provider reference). Moves forward only: a repeated or late report changes nothing.
     *
     * @return whether the message changed
     */
    @Transactional
    public boolean recordReport(@Nullable UUID outboxId, @Nullable String providerRef, OutboxStatus status,
            @Nullable String reason) {
        var id = outboxId != null ? Optional.of(outboxId)
                : providerRef == null ? Optional.<UUID>empty() : store.findIdByProviderRef(providerRef);
        return id.map(found -> store.report(found, providerRef, status, reason, clock.instant())).orElse(false);
    }

    /** The message log: newest first. */
    @Transactional(readOnly = true)
    public List<LoggedMessage> latest(int limit, boolean needsReviewOnly) {
        return store.latest(limit, needsReviewOnly).stream().map(Outbox::logged).toList();
    }

    @Transactional(readOnly = true)
    public List<LoggedMessage> forCampaign(UUID campaignId) {
        return store.forCampaign(campaignId).stream().map(Outbox::logged).toList();
    }

    @Transactional(readOnly = true)
    public Optional<LoggedMessage> find(UUID id) {
        return store.find(id).map(Outbox::logged);
    }

    static LoggedMessage logged(OutboxRow row) {
        return new LoggedMessage(row.id(), row.participantId(), row.campaignId(), row.templateId(),
                row.templateVersion(), row.channel(), row.variant(), row.segments(), row.status(), row.reason(),
                row.needsReview(), row.dryRun(), row.attempts(), row.createdAt(), row.notBefore(), row.sentAt(),
                row.finishedAt());
    }

    /** Published after queueing, so the dispatcher wakes once the transaction commits. */
    record MessagesQueued(int count) {
    }
}
