package london.victimvoice.portal.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members shape a meeting's agenda: they suggest topics and vote for them, one vote per topic
 * each, until the meeting starts. Only members of the meeting's forum get anywhere: for anyone
 * else the meeting is "not found". Nothing stored says who suggested what.
 */
@Service
public class MeetingTopics {

    public static final int TOPIC_MAX_LENGTH = Topic.TEXT_MAX_LENGTH;
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MeetingCalendar calendar;
    private final Topics topics;
    private final TopicVotes votes;
    private final Agendas agendas;
    private final AgendaItems items;
    private final Clock clock;

    MeetingTopics(MeetingCalendar calendar, Topics topics, TopicVotes votes, Agendas agendas, AgendaItems items,
            Clock clock) {
        this.calendar = calendar;
        this.topics = topics;
        this.votes = votes;
        this.agendas = agendas;
        this.items = items;
        this.clock = clock;
    }

    /** Empty unless the meeting exists and this participant is a member of its forum. */
    @Transactional(readOnly = true)
    public Optional<TopicsForMember> forMember(UUID participantId, UUID meetingId) {
        return calendar.findForMember(participantId, meetingId).map(meeting -> {
            var now = clock.instant();
            var all = topics.findByMeetingId(meetingId);
            var counts = counts(votes, all);
            var mine = all.isEmpty() ? List.<TopicVote>of()
                    : votes.findByParticipantIdAndTopicIdIn(participantId, all.stream().map(Topic::getId).toList());
            var myTopics = mine.stream().map(TopicVote::topicId).collect(Collectors.toSet());
            var shown = all.stream()
                    .map(t -> new MemberTopic(t.getId(), t.text(), counts.getOrDefault(t.getId(), 0L),
                            myTopics.contains(t.getId())))
                    .sorted(Comparator.comparingLong(MemberTopic::votes).reversed()
                            .thenComparing(MemberTopic::text, String.CASE_INSENSITIVE_ORDER))
                    .toList();
            var published = agendas.findById(meetingId).filter(a -> a.visibleAt(now)).isPresent();
            var agenda = published
                    ? items.findByMeetingIdOrderBySortOrder(meetingId).stream().map(AgendaItem::entry).toList()
                    : List.<AgendaEntry>of();
            return new TopicsForMember(meeting, open(meeting), shown, published, agenda);
        });
    }

    /** @return the new topic's id */
    @Transactional
    public UUID suggest(UUID participantId, UUID meetingId, String text) {
        var meeting = openMeetingFor(participantId, meetingId);
        var clean = AgendaText.check(text, Topic.TEXT_MAX_LENGTH, "agenda.error.topic");
        return topics.save(new Topic(meeting.id(), clean, LocalDate.now(clock.withZone(LONDON)))).getId();
    }

    /** @throws AgendaRefused {@code agenda.error.alreadyVoted} for a second vote for the same topic */
    @Transactional
    public void vote(UUID participantId, UUID topicId) {
        var topic = topics.findById(topicId).orElseThrow(() -> new AgendaRefused("agenda.error.notFound"));
        openMeetingFor(participantId, topic.meetingId());
        if (votes.existsByTopicIdAndParticipantId(topicId, participantId)) {
            throw new AgendaRefused("agenda.error.alreadyVoted");
        }
        try {
            votes.saveAndFlush(new TopicVote(topicId, participantId, clock.instant()));
        } catch (DataIntegrityViolationException sameVoteAtOnce) {
            // Two clicks raced past the check: the primary key let one in.
            throw new AgendaRefused("agenda.error.alreadyVoted");
        }
    }

    /** Takes a vote back while the meeting is still open; false when there was none. */
    @Transactional
    public boolean takeBackVote(UUID participantId, UUID topicId) {
        var topic = topics.findById(topicId).orElseThrow(() -> new AgendaRefused("agenda.error.notFound"));
        openMeetingFor(participantId, topic.meetingId());
        return votes.deleteVote(topicId, participantId) > 0;
    }

    private MeetingSummary openMeetingFor(UUID participantId, UUID meetingId) {
        var meeting = calendar.findForMember(participantId, meetingId)
                .orElseThrow(() -> new AgendaRefused("agenda.error.notFound"));
        if (!open(meeting)) {
            throw new AgendaRefused("agenda.error.closed");
        }
        return meeting;
    }

    private boolean open(MeetingSummary meeting) {
        return !meeting.cancelled() && !meeting.startedBy(clock.instant());
    }

    static Map<UUID, Long> counts(TopicVotes votes, List<Topic> topics) {
        var counts = new HashMap<UUID, Long>();
        if (!topics.isEmpty()) {
            for (var row : votes.countByTopic(topics.stream().map(Topic::getId).toList())) {
                counts.put((UUID) row[0], ((Number) row[1]).longValue());
            }
        }
        return counts;
    }
}
