package london.victimvoice.portal.voice;

/** A part of a text that looks like it could identify someone: characters {@code start} to {@code end} (exclusive). */
public record RedactionSpan(int start, int end, RedactionKind kind) {
    public RedactionSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Empty or negative span");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
