package london.victimvoice.portal.voice;

import java.util.UUID;

/** A signed-off insight a "we did" entry may answer, with the question it came from. */
public record LinkableInsight(UUID id, String title, String theme, String questionTitle) {
}
