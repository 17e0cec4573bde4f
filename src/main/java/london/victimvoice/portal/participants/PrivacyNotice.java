package london.victimvoice.portal.participants;

/**
 * The privacy notice people agree to when they sign up. Its text is in the message bundle
 * ({@code join.privacy.*}); when that text changes in substance, raise the version here, so an
 * agreement to an older notice is no longer accepted and the consent ledger says which one each
 * person agreed to.
 */
public final class PrivacyNotice {

    public static final int CURRENT_VERSION = 1;

    private PrivacyNotice() {
    }
}
