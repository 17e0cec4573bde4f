package london.victimvoice.portal.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** A suggestion as coordinators see it: still "from a member", with its votes. */
public record SuggestedTopic(UUID id, String text, LocalDate suggestedOn, long votes, boolean onAgenda) {
}
