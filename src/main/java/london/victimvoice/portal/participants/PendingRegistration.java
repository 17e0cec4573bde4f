package london.victimvoice.portal.participants;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the approvals queue: enough to pick a sign-up to open. Never the equality answers.
 *
 * @param forums       forum code to the status of the request to join it
 * @param referralKind who referred the person, when they came through a partner's link
 */
public record PendingRegistration(UUID participantId, String chosenName, Map<String, ForumRequestStatus> forums,
        Instant submittedAt, @Nullable ReferralKind referralKind, @Nullable String heardFrom,
        Set<AccessNeed> accessNeeds) {
}
