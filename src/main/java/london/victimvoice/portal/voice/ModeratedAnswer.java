package london.victimvoice.portal.voice;

import java.util.List;

/** A released answer with the parts of its shown text that look like they could identify someone. */
public record ModeratedAnswer(ReleasedAnswer answer, List<RedactionSpan> suggestions) {
    public ModeratedAnswer {
        suggestions = List.copyOf(suggestions);
    }
}
