package london.victimvoice.portal.meetings;

import java.util.UUID;

/** A suggested topic as members see it: no name, no date, only the text and the votes. */
public record MemberTopic(UUID id, String text, long votes, boolean myVote) {
}
