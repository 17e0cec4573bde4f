package london.victimvoice.portal.meetings;

import java.util.UUID;

/** An item on an agenda, in its place; {@code fromMembers} when it came from a suggestion. */
public record AgendaEntry(UUID id, String text, boolean fromMembers) {
}
