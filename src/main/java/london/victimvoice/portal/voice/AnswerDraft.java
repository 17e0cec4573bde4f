package london.victimvoice.portal.voice;

import org.jspecify.annotations.Nullable;

/** What a participant typed and chose, before it is stored. */
public record AnswerDraft(String text, @Nullable String choice, @Nullable Integer scale) {
}
