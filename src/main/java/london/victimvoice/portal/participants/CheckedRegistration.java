package london.victimvoice.portal.participants;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.base.ChosenName;
import london.victimvoice.portal.base.EmailAddress;
import london.victimvoice.portal.base.FullName;
import london.victimvoice.portal.base.PhoneNumber;
import london.victimvoice.portal.messaging.ChannelType;

/**
 * A sign-up whose every value passed {@link SignUpChecks}: names and contacts as the value types,
 * free text tidied, safe channels cut down to the contacts given.
 *
 * @param equality null when every question was skipped, so nothing is stored
 */
record CheckedRegistration(ChosenName chosenName, @Nullable FullName fullName, @Nullable PhoneNumber mobile,
        @Nullable EmailAddress email, ChannelType verifiedChannel, @Nullable String referralCode,
        @Nullable String heardFrom, Set<String> forumCodes, ContactSafety safety,
        @Nullable EqualityAnswers equality, int privacyNoticeVersion) {
}
