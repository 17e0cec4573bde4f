package london.victimvoice.portal.voice;

/** Where a question is in time: not yet open, open for answers, or closed. */
public enum QuestionState {
    UPCOMING, OPEN, CLOSED
}
