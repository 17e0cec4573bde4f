package london.victimvoice.portal.voice;

import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Anonymous answers. Storing one writes two things that nothing joins: the fact that this person
 * answered this question, and the answer with a random id, the day, and the hash of a receipt code.
 */
@Service
public class Answers {

    /**
     * Stores the answer and returns the receipt code, shown once.
     *
     * @throws AnswerRefused and nothing is stored
     */
    public ReceiptCode submit(UUID participantId, UUID questionId, AnswerDraft draft) {
        throw new UnsupportedOperationException("not yet");
    }

    public boolean hasAnswered(UUID participantId, UUID questionId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The answers staff may read: none below the release threshold; shuffled on every call. */
    public ReleasedAnswers released(UUID questionId) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Opens an answer by its receipt code, signed in or not. {@code sessionKey} identifies the
     * browser session for rate limiting only; it is never stored or logged.
     */
    public ReceiptLookup lookup(String typedCode, String sessionKey) {
        throw new UnsupportedOperationException("not yet");
    }
}
