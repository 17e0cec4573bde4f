package london.victimvoice.portal.meetings;

import java.util.List;

/**
 * What a member sees of a meeting's agenda: the suggestions (most votes first), whether they can
 * still suggest and vote ({@code open}: not started, not cancelled), and the agenda once it is
 * published (empty before).
 */
public record TopicsForMember(MeetingSummary meeting, boolean open, List<MemberTopic> topics,
        boolean agendaPublished, List<AgendaEntry> agenda) {
}
