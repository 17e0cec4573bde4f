package london.victimvoice.portal.meetings;

import java.util.List;

/** A forum a coordinator looks after, with its meetings that have not finished, soonest first. */
public record ForumMeetings(String forumCode, List<MeetingDetails> meetings) {
}
