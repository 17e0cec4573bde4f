package london.victimvoice.portal.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.base.PlainText;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.messaging.MessagingProperties;
import london.victimvoice.portal.messaging.NewMessage;
import london.victimvoice.portal.messaging.Outbox;
import london.victimvoice.portal.participants.ForumMembers;
import london.victimvoice.portal.voice.WeDidRefused.Problem;

/**
 * "You said, we did": entries linking insight to action, and who may read which. Coordinators
 * write entries for the forums they look after; approvers and admins (a {@link ForumManager}
 * with {@code admin} set) for any forum. Every status change is kept as an update that is never
 * edited, and members who asked to hear about changes are told in the same transaction.
 */
@Service
public class WeDid {

    /** The bundle key of the refusal when someone else saved the entry first. */
    public static final String STALE_KEY = "voice.weDid.error.stale";
    /** The template members who opted in get when an entry of their forum changes status. */
    static final String TEMPLATE = "we-did-changed";
    /** The participant page the notice links to. */
    public static final String TRACKER_PATH = "/voice/we-did";
    static final LocalDate EARLIEST_DUE = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST_DUE = LocalDate.of(2100, 12, 31);

    private static final Logger log = LoggerFactory.getLogger(WeDid.class);

    private final WeDidStore store;
    private final ForumStewards stewards;
    private final ForumMembers members;
    private final VoiceSubscriptions subscriptions;
    private final Outbox outbox;
    private final MessagingProperties.Links links;
    private final MessageSource texts;
    private final Clock clock;

    WeDid(WeDidStore store, ForumStewards stewards, ForumMembers members, VoiceSubscriptions subscriptions,
            Outbox outbox, MessagingProperties messaging, MessageSource texts, Clock clock) {
        this.store = store;
        this.stewards = stewards;
        this.members = members;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.links = messaging.links();
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Checks every part (each problem named with its field) and saves the entry with its first
     * status as the start of its story. Members are not told: nothing has changed yet.
     *
     * @throws WeDidRefused with every problem; nothing is saved
     */
    @Transactional
    public UUID create(ForumManager by, NewWeDid entry) {
        var problems = check(by, entry);
        if (!problems.isEmpty()) {
            throw new WeDidRefused(problems);
        }
        var id = UUID.randomUUID();
        var now = clock.instant();
        store.insert(id, entry, by.username(), now);
        store.append(id, java.util.Objects.requireNonNull(entry.status()), null, by.username(), now);
        log.info("We-did entry {} made by {} for {} forum(s)", id, by.username(), entry.forumCodes().size());
        return id;
    }

    /**
     * Saves a change to an entry read at {@code version}. A new status adds an update with the
     * note to the entry's story and tells opted-in members of its forums.
     *
     * @param note what staff want to say about the change of status (optional)
     * @throws WeDidRefused with every problem, or {@link #STALE_KEY} when someone else saved first; nothing changes
     */
    @Transactional
    public WeDidDetails change(ForumManager by, UUID actionId, int version, NewWeDid entry, @Nullable String note) {
        var current = store.find(actionId).orElseThrow(() -> new WeDidRefused(List.of(
                new Problem(WeDidRefused.NONE, "voice.weDid.error.notFound"))));
        if (!mayEdit(by, actionId)) {
            throw new WeDidRefused(List.of(new Problem(WeDidRefused.NONE, "voice.weDid.error.notYours")));
        }
        var problems = check(by, entry);
        var cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null) {
            text(cleanNote, WeDidRefused.NOTE, "note", problems);
        }
        if (!problems.isEmpty()) {
            throw new WeDidRefused(problems);
        }
        if (current.version() != version) {
            throw new WeDidRefused(List.of(new Problem(WeDidRefused.NONE, STALE_KEY)));
        }
        var now = clock.instant();
        if (!store.update(actionId, version, entry, now)) {
            throw new WeDidRefused(List.of(new Problem(WeDidRefused.NONE, STALE_KEY)));
        }
        var status = java.util.Objects.requireNonNull(entry.status());
        if (status != current.status()) {
            var update = store.append(actionId, status, cleanNote, by.username(), now);
            tellMembers(actionId, update, status, entry.forumCodes());
        }
        return find(actionId).orElseThrow();
    }

    /** Whether {@code by} may change this entry: admins and approvers any; a coordinator one all of whose forums they look after. */
    @Transactional(readOnly = true)
    public boolean mayEdit(ForumManager by, UUID actionId) {
        if (by.admin()) {
            return store.find(actionId).isPresent();
        }
        var forums = store.forumsOf(List.of(actionId)).getOrDefault(actionId, List.of());
        return !forums.isEmpty() && forums.stream().allMatch(code -> stewards.mayManage(by, code));
    }

    /** The codes of the forums {@code by} may write entries for, in the order people see forums. */
    @Transactional(readOnly = true)
    public List<String> forumsFor(ForumManager by) {
        return stewards.managedBy(by);
    }

    /** Signed-off insights an entry may be linked to. */
    @Transactional(readOnly = true)
    public List<LinkableInsight> linkableInsights() {
        return store.linkable();
    }

    /** Entries linked to any of these (signed-off) insights, for a receipt-code holder. */
    @Transactional(readOnly = true)
    public List<WeDidEntry> linkedTo(Collection<UUID> insightIds) {
        return entries(store.linkedTo(Set.copyOf(insightIds)));
    }

    /** Entries for any of these forums, for their members. */
    @Transactional(readOnly = true)
    public List<WeDidEntry> forForums(Collection<String> forumCodes) {
        return entries(store.forForums(Set.copyOf(forumCodes)));
    }

    /** Every entry, newest change first: for partners and staff. */
    @Transactional(readOnly = true)
    public List<WeDidEntry> all() {
        return entries(store.all());
    }

    /** One entry with its version and story, for staff and partners. */
    @Transactional(readOnly = true)
    public Optional<WeDidDetails> find(UUID actionId) {
        return store.find(actionId).map(row -> details(row, entries(List.of(row)).getFirst()));
    }

    /** The tracker a participant sees: the entries of the forums they are a member of, each with its story. */
    @Transactional(readOnly = true)
    public List<WeDidDetails> trackerFor(UUID participantId) {
        var forums = members.forumsOf(participantId);
        var rows = store.forForums(forums);
        var entries = entries(rows);
        var shown = new ArrayList<WeDidDetails>();
        for (int i = 0; i < rows.size(); i++) {
            shown.add(details(rows.get(i), entries.get(i)));
        }
        return shown;
    }

    private WeDidDetails details(WeDidStore.Row row, WeDidEntry entry) {
        return new WeDidDetails(entry, row.version(), row.createdBy(), row.createdAt(), store.history(row.id()));
    }

    private List<WeDidEntry> entries(List<WeDidStore.Row> rows) {
        var ids = rows.stream().map(WeDidStore.Row::id).toList();
        var forums = store.forumsOf(ids);
        var insights = store.insightsOf(ids);
        return rows.stream().map(r -> new WeDidEntry(r.id(), r.said(), r.willDo(), r.owner(), r.status(),
                r.statusReason(), r.dueOn(), forums.getOrDefault(r.id(), List.of()),
                insights.getOrDefault(r.id(), List.<String>of()).stream().map(UUID::fromString).toList(),
                r.updatedAt())).toList();
    }

    private List<Problem> check(ForumManager by, NewWeDid entry) {
        var problems = new ArrayList<Problem>();
        text(entry.said(), WeDidRefused.SAID, "said", problems);
        text(entry.willDo(), WeDidRefused.WILL_DO, "willDo", problems);
        if (entry.owner() == null) {
            problems.add(new Problem(WeDidRefused.OWNER, "voice.weDid.error.owner"));
        }
        if (entry.status() == null) {
            problems.add(new Problem(WeDidRefused.STATUS, "voice.weDid.error.status"));
        } else if (entry.status() == ActionStatus.NOT_POSSIBLE) {
            var reason = entry.statusReason() == null ? "" : entry.statusReason();
            text(reason, WeDidRefused.REASON, "reason", problems);
        }
        var due = entry.dueOn();
        if (due != null && (due.isBefore(EARLIEST_DUE) || due.isAfter(LATEST_DUE))) {
            problems.add(new Problem(WeDidRefused.DUE_ON, "voice.weDid.error.dueRange"));
        }
        if (entry.forumCodes().isEmpty()) {
            problems.add(new Problem(WeDidRefused.FORUMS, "voice.weDid.error.forumsNone"));
        } else if (!entry.forumCodes().stream().allMatch(code -> stewards.mayManage(by, code))) {
            problems.add(new Problem(WeDidRefused.FORUMS, "voice.weDid.error.forumsNotYours"));
        }
        if (!entry.insightIds().isEmpty()
                && !store.signedOff(entry.insightIds()).containsAll(new HashSet<>(entry.insightIds()))) {
            problems.add(new Problem(WeDidRefused.INSIGHTS, "voice.weDid.error.insightsNotSignedOff"));
        }
        return problems;
    }

    /** Required, at most 2,000 characters (counted as people count them), plain text. */
    private static void text(String value, String field, String keyPart, List<Problem> problems) {
        var text = value.strip();
        if (text.isEmpty()) {
            problems.add(new Problem(field, "voice.weDid.error." + keyPart + "Empty"));
            return;
        }
        var length = text.codePointCount(0, text.length());
        if (length > NewWeDid.TEXT_MAX_LENGTH) {
            problems.add(new Problem(field, "voice.weDid.error." + keyPart + "TooLong", NewWeDid.TEXT_MAX_LENGTH,
                    length));
        } else if (PlainText.looksLikeMarkup(text)) {
            problems.add(new Problem(field, "voice.weDid.error." + keyPart + "Markup"));
        }
    }

    /** Opted-in members of any of the entry's forums, each once, told in the caller's transaction. */
    private void tellMembers(UUID actionId, UUID updateId, ActionStatus status, Set<String> forumCodes) {
        var values = Map.of("status", texts.getMessage("voice.weDid.status.plain." + status.name(), null, Locale.UK),
                "link", links.to(TRACKER_PATH));
        var messages = subscriptions.subscribers(SubscriptionKind.WE_DID_UPDATES).stream().distinct().sorted()
                .filter(person -> members.forumsOf(person).stream().anyMatch(forumCodes::contains))
                .map(person -> NewMessage.to(person, TEMPLATE, values).about("we-did:" + actionId)
                        .dedupeKey("we-did:" + actionId + ":" + updateId + ":" + person))
                .toList();
        if (!messages.isEmpty()) {
            outbox.queueAll(messages);
        }
        log.info("We-did entry {} is now {}: {} member(s) told", actionId, status.code(), messages.size());
    }
}
