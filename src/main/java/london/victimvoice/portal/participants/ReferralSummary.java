package london.victimvoice.portal.participants;

/** A referral code as staff and the sign-up journey see it. */
public record ReferralSummary(String code, String partnerName, ReferralKind kind, boolean active) {

    /** The link a partner shares, relative to the portal's address. */
    public String joinPath() {
        return "join?ref=" + code;
    }
}
