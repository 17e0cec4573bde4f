package london.victimvoice.portal.participants;

/** A referral code change that was refused; {@link #messageKey()} says why in plain words. */
public class ReferralRefused extends RuntimeException {

    private final String messageKey;

    ReferralRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
