package london.victimvoice.portal.participants;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import london.victimvoice.portal.security.CodeCheckResult;

/**
 * What a typed sign-in code led to.
 *
 * @param check       the code check itself; when it is not verified, nothing else is set
 * @param participant set when the contact belongs to a participant: sign them in
 * @param draft       set when it belongs to a sign-up in progress instead: carry on with it
 */
public record SignInResult(CodeCheckResult check, @Nullable UUID participant, @Nullable String draft) {

    static SignInResult refused(CodeCheckResult check) {
        return new SignInResult(check, null, null);
    }
}
