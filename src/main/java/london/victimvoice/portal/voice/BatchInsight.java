package london.victimvoice.portal.voice;

import java.util.UUID;

/** An insight written while moderating a question: what a group of its answers says. */
public record BatchInsight(UUID id, String title, String summary, String theme, int answers) {
}
