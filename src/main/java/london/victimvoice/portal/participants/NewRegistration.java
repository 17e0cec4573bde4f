package london.victimvoice.portal.participants;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.ChannelType;

/**
 * A finished sign-up, as the pages collected it. {@link SignUps#submit} checks every value again.
 *
 * @param mobile               a UK mobile as typed or in E.164; null or blank when not given
 * @param verifiedChannel      the channel a one-time code just proved
 * @param verifiedRecipient    the recipient that code went to: the mobile or the email address
 * @param referralCode         from a partner's {@code /join?ref=} link; an unknown code is dropped
 * @param heardFrom            the name of the answer chosen ({@code FOUND_IT_MYSELF}, ...)
 * @param equality             {@link EqualityAnswers#skipped()} when the person skipped the questions
 * @param privacyNoticeVersion the version of the notice shown and agreed to; 0 when not agreed
 */
public record NewRegistration(String chosenName, @Nullable String fullName,
        @Nullable String mobile, @Nullable String email,
        ChannelType verifiedChannel, String verifiedRecipient,
        @Nullable String referralCode, @Nullable String heardFrom,
        Set<String> forumCodes, ContactSafety safety, EqualityAnswers equality,
        int privacyNoticeVersion, boolean agreedToContact) {
}
