package london.victimvoice.portal.support;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.ContactSafety;
import london.victimvoice.portal.participants.EqualityAnswers;
import london.victimvoice.portal.participants.NewRegistration;
import london.victimvoice.portal.participants.PrivacyNotice;
import london.victimvoice.portal.participants.SignUpRefused;
import london.victimvoice.portal.participants.SignUps;

/**
 * Signs people up with a verified phone, as texts need. Outside production only the 1,000 example
 * mobiles +447700900000–999 pass, and tests in one context share them, so a number another test
 * holds is simply tried again with another.
 */
public final class SmsPeople {

    /** Someone who signed up with this phone, proved by a code. */
    public record BySms(UUID id, String phone) {
    }

    private SmsPeople() {
    }

    public static BySms signUp(SignUps signUps, String chosenName, Set<String> forums, ContactSafety safety) {
        return signUp(signUps, chosenName, forums, safety, null);
    }

    /** As {@link #signUp(SignUps, String, Set, ContactSafety)}, with an (unverified) email address too. */
    public static BySms signUp(SignUps signUps, String chosenName, Set<String> forums, ContactSafety safety,
            @Nullable String email) {
        for (var attempt = 0; ; attempt++) {
            var phone = "+447700900" + String.format("%03d", ThreadLocalRandom.current().nextInt(1_000));
            try {
                var id = signUps.submit(new NewRegistration(chosenName, null, phone, email, ChannelType.SMS, phone, null,
                        null, forums, safety, EqualityAnswers.skipped(), PrivacyNotice.CURRENT_VERSION, true))
                        .participantId();
                return new BySms(id, phone);
            } catch (SignUpRefused taken) {
                if (attempt > 50) {
                    throw taken;
                }
            }
        }
    }
}
