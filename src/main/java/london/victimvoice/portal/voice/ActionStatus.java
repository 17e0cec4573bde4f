package london.victimvoice.portal.voice;

import java.util.Locale;

/** Where a "you said, we did" entry stands; {@code NOT_POSSIBLE} always carries a reason. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, NOT_POSSIBLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ActionStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
