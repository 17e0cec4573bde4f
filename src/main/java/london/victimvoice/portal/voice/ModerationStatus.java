package london.victimvoice.portal.voice;

/**
 * A question's answers are moderated as one batch: {@code OPEN} while coordinators redact, tag
 * and group; {@code SUBMITTED} for sign-off; {@code SIGNED_OFF} by an approver who took no part
 * (original words then discarded, insight visible to partners); {@code RETURNED} with a reason.
 */
public enum ModerationStatus {
    OPEN, SUBMITTED, SIGNED_OFF, RETURNED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static ModerationStatus fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
