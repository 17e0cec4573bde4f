package london.victimvoice.portal.voice;

/**
 * The code a participant is shown once after answering, e.g. {@code maple-river-candle-42}: three
 * common words and a number, easy to read aloud or write down. Only its keyed hash is stored.
 */
public record ReceiptCode(String value) {
    @Override
    public String toString() {
        // Never print the code by accident (logs, exception messages).
        return "ReceiptCode[hidden]";
    }
}
