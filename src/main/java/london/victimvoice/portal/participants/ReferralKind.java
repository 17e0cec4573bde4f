package london.victimvoice.portal.participants;

/** Who referred someone: the partners named in the forums' founding decision, or another. */
public enum ReferralKind {
    VICTIM_SERVICE_PROVIDER,
    VICTIMS_COMMISSIONER,
    WITNESS_CARE_UNIT,
    OTHER;

    public String labelKey() {
        return "referral.kind." + name();
    }
}
