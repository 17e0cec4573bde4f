package london.victimvoice.portal.voice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A consultation and its questions (oldest first), each with its count of answers only. */
public record ConsultationDetails(UUID id, String title, String summary, String createdBy, Instant createdAt,
        List<QuestionSummary> questions) {
    public ConsultationDetails {
        questions = List.copyOf(questions);
    }
}
