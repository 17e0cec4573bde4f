package london.victimvoice.portal.voice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import london.victimvoice.portal.forums.ForumManager;

/**
 * Questions between meetings: posting them (to forums the coordinator looks after, or to a
 * consultation) and finding the ones a participant may answer.
 */
@Service
public class Questions {

    /**
     * Checks every field (problems named per field) and saves the question.
     *
     * @throws QuestionRefused with every problem; nothing is saved
     */
    public UUID post(ForumManager by, NewQuestion question) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The questions this coordinator may see (their forums' and every consultation's), newest first. */
    public List<QuestionSummary> forStaff(ForumManager by) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A question for staff, if it exists and {@code by} may see it. */
    public Optional<QuestionDetails> forStaff(ForumManager by, UUID questionId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Any question by id, for approvers and partners who see every forum. */
    public Optional<QuestionDetails> find(UUID questionId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Questions open now to this participant (their forums, and consultations if they joined the pool). */
    public List<OpenQuestion> openFor(UUID participantId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A question as this participant may read it; empty when it is not for them. */
    public Optional<QuestionDetails> forParticipant(UUID participantId, UUID questionId) {
        throw new UnsupportedOperationException("not yet");
    }
}
