package london.victimvoice.portal.participants;

import java.util.UUID;

/** A member of a forum (their request to join was approved), as staff running meetings see them. */
public record ForumMember(UUID participantId, String chosenName) {
}
