package london.victimvoice.portal.participants;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.ChannelType;

/**
 * What an approver sees to decide on a sign-up. Not the equality answers, and not the phone number,
 * email address or safe note: deciding needs none of them.
 */
public record RegistrationDetails(UUID participantId, String chosenName, @Nullable String fullName,
        Map<String, ForumRequestStatus> forums, Instant submittedAt, @Nullable ReferralKind referralKind,
        @Nullable String referralPartner, @Nullable String heardFrom, Set<AccessNeed> accessNeeds,
        String accessNeedsOther, String preferredLanguage, Set<ChannelType> safeChannels) {
}
