package london.victimvoice.portal.participants.ui;

import london.victimvoice.portal.participants.ReferralKind;

/** "How did you hear about the forums?" — a referral link answers it in advance. */
enum HeardFrom {
    VICTIM_SERVICE_PROVIDER,
    VICTIMS_COMMISSIONER,
    WITNESS_CARE_UNIT,
    FOUND_IT_MYSELF,
    OTHER;

    String labelKey() {
        return "join.heardFrom." + name();
    }

    static HeardFrom of(ReferralKind kind) {
        return switch (kind) {
            case VICTIM_SERVICE_PROVIDER -> VICTIM_SERVICE_PROVIDER;
            case VICTIMS_COMMISSIONER -> VICTIMS_COMMISSIONER;
            case WITNESS_CARE_UNIT -> WITNESS_CARE_UNIT;
            case OTHER -> OTHER;
        };
    }
}
