package london.victimvoice.portal.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;

/**
 * Coordinators build a meeting's agenda from members' suggestions and their own items, put it in
 * order and publish it: members see it from the moment chosen (a number of days before the
 * meeting, 7 unless changed, or now). Every method checks the coordinator looks after the forum.
 */
@Service
public class MeetingAgendas {

    public static final int DEFAULT_PUBLISH_DAYS = 7;
    public static final int MAX_PUBLISH_DAYS = 90;
    public static final int ITEM_MAX_LENGTH = AgendaItem.TEXT_MAX_LENGTH;

    private final Meetings meetings;
    private final ForumStewards stewards;
    private final Topics topics;
    private final TopicVotes votes;
    private final Agendas agendas;
    private final AgendaItems items;
    private final Clock clock;

    MeetingAgendas(Meetings meetings, ForumStewards stewards, Topics topics, TopicVotes votes, Agendas agendas,
            AgendaItems items, Clock clock) {
        this.meetings = meetings;
        this.stewards = stewards;
        this.topics = topics;
        this.votes = votes;
        this.agendas = agendas;
        this.items = items;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AgendaBoard board(ForumManager manager, UUID meetingId) {
        var meeting = managed(manager, meetingId);
        var current = items.findByMeetingIdOrderBySortOrder(meetingId);
        var taken = current.stream().map(AgendaItem::topicId).filter(Objects::nonNull).toList();
        var all = topics.findByMeetingId(meetingId);
        var counts = MeetingTopics.counts(votes, all);
        var suggestions = all.stream()
                .map(t -> new SuggestedTopic(t.getId(), t.text(), t.suggestedOn(), counts.getOrDefault(t.getId(), 0L),
                        taken.contains(t.getId())))
                .sorted(Comparator.comparingLong(SuggestedTopic::votes).reversed()
                        .thenComparing(SuggestedTopic::suggestedOn).thenComparing(SuggestedTopic::text))
                .toList();
        var agenda = agendas.findById(meetingId);
        return new AgendaBoard(meeting, suggestions, current.stream().map(AgendaItem::entry).toList(),
                agenda.map(Agenda::publishAt).orElse(null), agenda.map(Agenda::publishDaysBefore).orElse(null),
                agenda.filter(a -> a.visibleAt(clock.instant())).isPresent());
    }

    /** Puts a member's suggestion at the end of the agenda, in its own words. */
    @Transactional
    public UUID addSuggestion(ForumManager manager, UUID meetingId, UUID topicId) {
        var meeting = changeable(manager, meetingId);
        var topic = topics.findById(topicId).filter(t -> t.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new AgendaRefused("agenda.error.topicGone"));
        lock(meetingId);
        var current = items.findByMeetingIdOrderBySortOrder(meetingId);
        if (current.stream().anyMatch(i -> topicId.equals(i.topicId()))) {
            throw new AgendaRefused("agenda.error.alreadyOnAgenda");
        }
        return items.save(new AgendaItem(meetingId, current.size() + 1, topic.text(), topicId, manager.username(),
                clock.instant())).getId();
    }

    /** Adds the coordinator's own item at the end of the agenda. */
    @Transactional
    public UUID addItem(ForumManager manager, UUID meetingId, String text) {
        changeable(manager, meetingId);
        var clean = AgendaText.check(text, ITEM_MAX_LENGTH, "agenda.error.item");
        lock(meetingId);
        var count = items.findByMeetingIdOrderBySortOrder(meetingId).size();
        return items.save(new AgendaItem(meetingId, count + 1, clean, null, manager.username(), clock.instant()))
                .getId();
    }

    /** Moves an item one place up (towards the start); the first item stays where it is. */
    @Transactional
    public void moveUp(ForumManager manager, UUID meetingId, UUID itemId) {
        move(manager, meetingId, itemId, -1);
    }

    /** Moves an item one place down; the last item stays where it is. */
    @Transactional
    public void moveDown(ForumManager manager, UUID meetingId, UUID itemId) {
        move(manager, meetingId, itemId, 1);
    }

    @Transactional
    public void remove(ForumManager manager, UUID meetingId, UUID itemId) {
        changeable(manager, meetingId);
        lock(meetingId);
        var current = new ArrayList<>(items.findByMeetingIdOrderBySortOrder(meetingId));
        var item = find(current, itemId);
        current.remove(item);
        items.delete(item);
        renumber(current);
    }

    /**
     * Members see the agenda from {@code daysBefore} days before the meeting (London calendar
     * days, so a clock change in between moves nothing), or at once if that moment has passed.
     *
     * @return the moment members see it from
     */
    @Transactional
    public Instant publish(ForumManager manager, UUID meetingId, int daysBefore) {
        var meeting = changeable(manager, meetingId);
        if (daysBefore < 0 || daysBefore > MAX_PUBLISH_DAYS) {
            throw new AgendaRefused("agenda.error.days", MAX_PUBLISH_DAYS);
        }
        var at = meeting.startsAt().atZone(MeetingTopics.LONDON).minusDays(daysBefore).toInstant();
        publishAt(manager, meetingId, at, daysBefore);
        return at;
    }

    /** Members see the agenda from now on. */
    @Transactional
    public Instant publishNow(ForumManager manager, UUID meetingId) {
        changeable(manager, meetingId);
        var now = clock.instant();
        publishAt(manager, meetingId, now, null);
        return now;
    }

    /** Hides the agenda from members again, until it is published anew. */
    @Transactional
    public void unpublish(ForumManager manager, UUID meetingId) {
        changeable(manager, meetingId);
        lock(meetingId).unpublish();
    }

    private void publishAt(ForumManager manager, UUID meetingId, Instant at, @Nullable Integer daysBefore) {
        var agenda = lock(meetingId);
        if (items.findByMeetingIdOrderBySortOrder(meetingId).isEmpty()) {
            throw new AgendaRefused("agenda.error.empty");
        }
        agenda.publish(at, daysBefore, manager.username());
    }

    private void move(ForumManager manager, UUID meetingId, UUID itemId, int by) {
        changeable(manager, meetingId);
        lock(meetingId);
        var current = new ArrayList<>(items.findByMeetingIdOrderBySortOrder(meetingId));
        var item = find(current, itemId);
        var from = current.indexOf(item);
        var to = from + by;
        if (to < 0 || to >= current.size()) {
            return;
        }
        current.remove(from);
        current.add(to, item);
        renumber(current);
    }

    private static AgendaItem find(List<AgendaItem> current, UUID itemId) {
        return current.stream().filter(i -> i.getId().equals(itemId)).findFirst()
                .orElseThrow(() -> new AgendaRefused("agenda.error.itemGone"));
    }

    private static void renumber(List<AgendaItem> inOrder) {
        for (var i = 0; i < inOrder.size(); i++) {
            inOrder.get(i).moveTo(i + 1);
        }
    }

    /** The meeting's agenda row, made if needed, locked until the transaction ends. */
    private Agenda lock(UUID meetingId) {
        return agendas.lockByMeetingId(meetingId).orElseGet(() -> {
            agendas.saveAndFlush(new Agenda(meetingId));
            return agendas.lockByMeetingId(meetingId).orElseThrow();
        });
    }

    private MeetingSummary managed(ForumManager manager, UUID meetingId) {
        var meeting = meetings.findById(meetingId).map(Meeting::summary)
                .orElseThrow(() -> new AgendaRefused("agenda.error.notFound"));
        stewards.require(manager, meeting.forumCode());
        return meeting;
    }

    private MeetingSummary changeable(ForumManager manager, UUID meetingId) {
        var meeting = managed(manager, meetingId);
        if (meeting.cancelled()) {
            throw new AgendaRefused("agenda.error.cancelled");
        }
        return meeting;
    }
}
