package london.victimvoice.portal.participants;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.ChannelType;

/**
 * A stored sign-up, opened: what staff will need to decide on it. Never the equality answers.
 *
 * @param verifiedChannel the channel a code proved at sign-up
 * @param forums          forum code to the status of the request to join it
 */
record StoredRegistration(UUID participantId, String chosenName, @Nullable String fullName, @Nullable String mobile,
        @Nullable String email, ChannelType verifiedChannel, @Nullable String referralCode,
        @Nullable String heardFrom, ContactSafety safety, Map<String, ForumRequestStatus> forums,
        Instant submittedAt) {
}
