package london.victimvoice.portal.participants;

import java.util.List;

/**
 * A sign-up that was refused; nothing was stored. {@link #messageKey()} says why in plain words and
 * {@link #arguments()} fill its placeholders (such as a length limit). Carries no personal data,
 * so it is safe to log.
 */
public class SignUpRefused extends RuntimeException {

    public static final String ALREADY_REGISTERED = "signUp.error.alreadyRegistered";
    public static final String NO_CONTACT = "join.contact.error.none";
    public static final String NOT_VERIFIED = "signUp.error.notVerified";
    public static final String NO_FORUM = "signUp.error.noForum";
    public static final String UNKNOWN_FORUM = "signUp.error.unknownForum";
    public static final String NO_SAFE_CHANNEL = "signUp.error.noSafeChannel";
    public static final String NO_SAFE_DAY = "signUp.error.noSafeDay";
    public static final String NO_SAFE_TIME = "signUp.error.noSafeTime";
    public static final String SAFE_NOTE_TOO_LONG = "signUp.error.safeNoteTooLong";
    public static final String PREFERRED_LANGUAGE_TOO_LONG = "signUp.error.preferredLanguageTooLong";
    public static final String ACCESS_NEEDS_OTHER_TOO_LONG = "signUp.error.accessNeedsOtherTooLong";
    public static final String HIDDEN_CHARACTER = "signUp.error.hiddenCharacter";
    public static final String PRIVACY_NOT_AGREED = "signUp.error.privacyNotAgreed";
    public static final String PRIVACY_NOTICE_CHANGED = "signUp.error.privacyNoticeChanged";
    public static final String CONTACT_NOT_AGREED = "signUp.error.contactNotAgreed";
    /** For values the pages choose, not the person (an answer code): only a changed page sends a bad one. */
    public static final String INVALID = "signUp.error.invalid";

    private final String messageKey;
    private final List<Object> arguments;

    SignUpRefused(String messageKey, List<Object> arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
    }

    SignUpRefused(String messageKey, Object... arguments) {
        this(messageKey, List.of(arguments));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
